package com.marketinghub.lead;

import com.marketinghub.notify.PeopleMailer;
import java.util.List;
import org.springframework.stereotype.Component;

/** The lead handoff's alert mails. */
@Component
class LeadAlerts {

  private final PeopleMailer mailer;

  LeadAlerts(PeopleMailer mailer) {
    this.mailer = mailer;
  }

  void noActiveMember(Lead lead, String team, String managerGroup) {
    send(List.of(), List.of(managerGroup),
        "No active sales rep in " + team + ": lead " + lead.id() + " needs an owner",
        "Lead " + lead.id() + " (" + lead.displayName() + ", " + nullToDash(lead.company())
            + ") was routed to " + team + ", which has no active member. Its review task is "
            + "offered to group " + managerGroup + " in Tasklist.");
  }

  void slaBreached(Lead lead, String owner, String alertGroup) {
    send(owner == null ? List.of() : List.of(owner), List.of(alertGroup),
        "SLA breached: review of lead " + lead.id() + " (" + nullToDash(lead.company()) + ")",
        "The review of lead " + lead.id() + " (" + lead.displayName() + ", "
            + nullToDash(lead.company()) + ", score " + lead.score() + ") was due "
            + lead.slaDueAt() + " and is not done. Owner: " + nullToDash(owner) + ", team: "
            + nullToDash(lead.team()) + ". This reminder repeats until the review is done.");
  }

  private void send(List<String> users, List<String> groups, String subject, String text) {
    mailer.send(users, groups, subject, text);
  }

  private static String nullToDash(Object value) {
    return value == null ? "-" : value.toString();
  }
}
