//! The appendices of the Rules as templates (being written).
