//! Markdown pages as a document model.
