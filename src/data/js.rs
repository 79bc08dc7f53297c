//! The browser's parsed JSON (`JsValue`) for the case file's walk: `JSON.parse` reads the text,
//! `JSON.stringify` writes it, and no JSON code of our own is in the WASM.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::file::{FileError, Json, JsonOut, Kind};

impl Json for JsValue {
    fn kind(&self) -> Kind {
        if self.as_bool().is_some() {
            Kind::Flag
        } else if self.as_f64().is_some() {
            Kind::Number
        } else if self.is_string() {
            Kind::Text
        } else if Array::is_array(self) {
            Kind::List
        } else if self.is_object() {
            Kind::Object
        } else {
            Kind::Null
        }
    }

    fn member(&self, key: &str) -> Option<JsValue> {
        let object = self.dyn_ref::<Object>()?;
        // Own members only: what the JSON text has, never what an object inherits.
        if !Object::has_own(object, &JsValue::from_str(key)) {
            return None;
        }
        let value = Reflect::get(self, &JsValue::from_str(key)).ok()?;
        (!value.is_null() && !value.is_undefined()).then_some(value)
    }

    fn keys(&self) -> Vec<String> {
        self.dyn_ref::<Object>()
            .map(|o| {
                Object::keys(o)
                    .iter()
                    .filter_map(|k| k.as_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    fn text(&self) -> Option<String> {
        self.as_string()
    }

    fn flag(&self) -> Option<bool> {
        self.as_bool()
    }

    fn number(&self) -> Option<f64> {
        self.as_f64()
    }

    fn items(&self) -> Vec<JsValue> {
        self.dyn_ref::<Array>()
            .map(|a| a.iter().collect())
            .unwrap_or_default()
    }
}

impl JsonOut for JsValue {
    fn object() -> JsValue {
        Object::new().into()
    }

    fn set(&self, key: &str, value: JsValue) {
        let _ = Reflect::set(self, &JsValue::from_str(key), &value);
    }

    fn from_text(s: &str) -> JsValue {
        JsValue::from_str(s)
    }

    fn from_flag(b: bool) -> JsValue {
        JsValue::from_bool(b)
    }

    fn from_number(n: f64) -> JsValue {
        JsValue::from_f64(n)
    }

    fn from_items(items: Vec<JsValue>) -> JsValue {
        items.into_iter().collect::<Array>().into()
    }
}

/// `text` parsed by the browser.
pub fn parse(text: &str) -> Result<JsValue, FileError> {
    js_sys::JSON::parse(text).map_err(|e| {
        FileError::NotJson(
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_default(),
        )
    })
}

/// `value` as indented JSON text (a case file a person can read).
pub fn text(value: &JsValue) -> String {
    js_sys::JSON::stringify_with_replacer_and_space(value, &JsValue::NULL, &JsValue::from(2))
        .map(String::from)
        .unwrap_or_default()
}
