//! Request bodies: one call sets the whole body, or adds a field to a form.

use crate::call::{Body, Call};
use crate::wire::{encode_error, object_fields, texts};
use crate::Error;

impl Call<'_> {
    /// The body, as JSON.
    pub fn json<T: serde::Serialize + ?Sized>(
        &mut self,
        content_type: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let bytes = crate::model::to_json(value).map_err(encode_error)?;
        self.body = Body::Bytes {
            content_type,
            bytes,
        };
        Ok(())
    }

    /// The body, as given (nothing for `None`).
    pub fn bytes(&mut self, content_type: &'static str, bytes: impl Into<Option<Vec<u8>>>) {
        if let Some(bytes) = bytes.into() {
            self.body = Body::Bytes {
                content_type,
                bytes,
            };
        }
    }

    /// The body, as text (nothing for `None`).
    pub fn text(&mut self, content_type: &'static str, text: impl Into<Option<String>>) {
        if let Some(text) = text.into() {
            self.body = Body::Bytes {
                content_type,
                bytes: text.into_bytes(),
            };
        }
    }

    /// Adds a field to an `application/x-www-form-urlencoded` body (once per list
    /// item; nothing for `None`).
    pub fn form_field<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
    ) -> Result<(), Error> {
        let values = texts(value)?;
        if !matches!(self.body, Body::Form(_)) {
            self.body = Body::Form(Vec::new());
        }
        if let Body::Form(pairs) = &mut self.body {
            pairs.extend(values.into_iter().map(|value| (name.to_string(), value)));
        }
        Ok(())
    }

    /// Sends a model as a form: one field per top-level property.
    pub fn form_object<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        for (name, value) in object_fields(value)? {
            self.form_field(&name, &value)?;
        }
        Ok(())
    }

    fn take_multipart(&mut self) -> reqwest::multipart::Form {
        match std::mem::replace(&mut self.body, Body::Empty) {
            Body::Multipart(form) => form,
            _ => reqwest::multipart::Form::new(),
        }
    }

    /// Adds text fields to a `multipart/form-data` body (one per list item).
    pub fn multipart<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
    ) -> Result<(), Error> {
        let mut form = self.take_multipart();
        for value in texts(value)? {
            form = form.text(name.to_string(), value);
        }
        self.body = Body::Multipart(form);
        Ok(())
    }

    /// Sends a model as multipart text fields, one per top-level property.
    pub fn multipart_object<T: serde::Serialize + ?Sized>(
        &mut self,
        value: &T,
    ) -> Result<(), Error> {
        for (name, value) in object_fields(value)? {
            self.multipart(&name, &value)?;
        }
        Ok(())
    }

    /// Adds a file field (nothing for `None`); the field name doubles as file name.
    pub fn multipart_file(
        &mut self,
        name: &'static str,
        bytes: impl Into<Option<Vec<u8>>>,
    ) -> Result<(), Error> {
        let mut form = self.take_multipart();
        if let Some(bytes) = bytes.into() {
            let part = reqwest::multipart::Part::bytes(bytes)
                .file_name(name)
                .mime_str("application/octet-stream")
                .map_err(Error::Transport)?;
            form = form.part(name, part);
        }
        self.body = Body::Multipart(form);
        Ok(())
    }
}
