package com.marketinghub.notify;

import com.marketinghub.common.BadRequestException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Lets an admin check the mail set-up (SMTP or .eml folder) without waiting for an alert. */
@RestController
class TestMailController {

  private final NotificationService notifications;

  TestMailController(NotificationService notifications) {
    this.notifications = notifications;
  }

  @PostMapping("/api/admin/test-mail")
  @ResponseStatus(HttpStatus.ACCEPTED)
  TestMailResult send(@RequestBody TestMailRequest request) {
    String to = validAddress(request.to());
    String where = notifications.send(new MailMessage(List.of(to),
        "Marketing Hub test mail",
        "This is a test mail from Marketing Hub. If you can read it, mail alerts reach you."));
    return new TestMailResult(to, where);
  }

  private static String validAddress(String to) {
    if (to == null || to.isBlank()) {
      throw new BadRequestException("Field 'to' is required: the address to send the test mail to");
    }
    try {
      InternetAddress address = new InternetAddress(to, true);
      address.validate();
      return address.getAddress();
    } catch (AddressException e) {
      throw new BadRequestException("Field 'to' is not a valid e-mail address: '" + to + "'");
    }
  }

  record TestMailRequest(String to) {}

  record TestMailResult(String to, String deliveredTo) {}
}
