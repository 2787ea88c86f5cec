package io.kiln.web.api.catalog;

public record RuntimeRequest(String name, String image, String editor, String kernel, String localCommand, String editorCommand) {}
