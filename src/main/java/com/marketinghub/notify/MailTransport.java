package com.marketinghub.notify;

import jakarta.mail.internet.MimeMessage;

/** Where a finished mail goes: an SMTP server, or a folder of .eml files. */
interface MailTransport {

  /** Sends the message; returns where it went, for the log and the caller. */
  String deliver(MimeMessage message) throws Exception;
}
