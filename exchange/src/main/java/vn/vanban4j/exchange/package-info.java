/**
 * Documents sent and received as edXML packages (QCVN 102:2016/BTTTT), the format of the national
 * document exchange platform, and the status messages that answer them. The entry point is
 * {@link vn.vanban4j.exchange.EdXml}: {@code pack} a {@link vn.vanban4j.model.Document} with its
 * attachments, {@code read} a package or a status message, build a {@code status} answering a
 * package. Element names, order and namespaces follow the sample packages of the platform's
 * software kit (see docs/EXCHANGE.md).
 */
package vn.vanban4j.exchange;
