package vn.vanban4j.exchange;

/** What {@link EdXml#read} finds in an edXML file: a document package or a status message. */
public sealed interface ExchangeMessage permits DocumentPackage, StatusMessage {
}
