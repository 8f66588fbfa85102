package com.marketinghub.lead;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class LeadRepository {

  private final JdbcClient jdbc;

  /** A lead with its account's CRM id (an expansion lead's; null for others). */
  private static final String SELECT_LEAD = "select lead.*, (select a.external_id from account a"
      + " where a.id = lead.account_id) as account_ref from lead";

  LeadRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(NewLead lead, OffsetDateTime now) {
    return insert(lead, LeadType.NEW, null, now);
  }

  /** @param accountId the customer account of an expansion lead, else null */
  long insert(NewLead lead, LeadType type, Long accountId, OffsetDateTime now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into lead (source, external_id, email, natural_key, first_name, last_name,
                company, country, company_size, job_title, created_at, updated_at, status,
                lead_type, account_id)
            values (:source, :externalId, :email, :naturalKey, :firstName, :lastName,
                :company, :country, :companySize, :jobTitle, :now, :now, 'NEW', :type,
                :accountId)""")
        .param("type", type.name())
        .param("accountId", accountId)
        .param("source", lead.source().trim())
        .param("externalId", blankToNull(lead.externalId()))
        .param("email", lead.email().trim())
        .param("naturalKey", lead.naturalKey())
        .param("firstName", blankToNull(lead.firstName()))
        .param("lastName", blankToNull(lead.lastName()))
        .param("company", blankToNull(lead.company()))
        .param("country", lead.country() == null ? null : lead.country().trim().toUpperCase())
        .param("companySize", lead.companySize())
        .param("jobTitle", blankToNull(lead.jobTitle()))
        .param("now", now)
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** The lead's account match: its account (table id, or null), rule and confidence. */
  void recordAccountMatch(long leadId, Long accountId, String rule,
      java.math.BigDecimal confidence, OffsetDateTime now) {
    jdbc.sql("""
            update lead set account_id = :account, account_match_rule = :rule,
                account_match_confidence = :confidence, updated_at = :now
            where id = :id""")
        .param("account", accountId).param("rule", rule).param("confidence", confidence)
        .param("now", now).param("id", leadId).update();
  }

  public Optional<Lead> findById(long id) {
    return jdbc.sql(SELECT_LEAD + " where id = :id").param("id", id)
        .query(LeadRepository::map).optional();
  }

  public Lead get(long id) {
    return findById(id).orElseThrow(() -> new IllegalStateException("No lead with id " + id));
  }

  /**
   * A page of leads, newest first, optionally of one status; {@code teams} and {@code owner}
   * restrict to leads of those teams or that owner (null: no restriction).
   */
  List<Lead> page(LeadStatus status, Collection<String> teams, String owner, int offset,
      int limit) {
    StringBuilder sql = new StringBuilder(SELECT_LEAD + " where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    restrict(sql, params, status, teams, owner);
    sql.append(" order by id desc offset :offset rows fetch next :limit rows only");
    params.put("offset", offset);
    params.put("limit", limit);
    return jdbc.sql(sql.toString()).params(params).query(LeadRepository::map).list();
  }

  long count(LeadStatus status, Collection<String> teams, String owner) {
    StringBuilder sql = new StringBuilder("select count(*) from lead where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    restrict(sql, params, status, teams, owner);
    return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
  }

  private static void restrict(StringBuilder sql, Map<String, Object> params, LeadStatus status,
      Collection<String> teams, String owner) {
    if (status != null) {
      sql.append(" and status = :status");
      params.put("status", status.name());
    }
    if (teams != null) {
      sql.append(" and (owner = :owner").append(teams.isEmpty() ? ")" : " or team in (:teams))");
      params.put("owner", owner);
      if (!teams.isEmpty()) {
        params.put("teams", teams);
      }
    }
  }

  Optional<Lead> findByNaturalKey(String naturalKey) {
    return jdbc.sql(SELECT_LEAD + " where natural_key = :key").param("key", naturalKey)
        .query(LeadRepository::map).optional();
  }

  /** Of the given leads, those with no handoff yet, locked until the transaction ends. */
  List<Long> lockWithoutHandoff(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select id from lead where id in (:ids) and process_instance_id is null
            order by id for update""")
        .param("ids", ids).query(Long.class).list();
  }

  void setProcessInstanceId(long id, String processInstanceId) {
    jdbc.sql("update lead set process_instance_id = :pid where id = :id")
        .param("pid", processInstanceId).param("id", id).update();
  }

  void updateScore(long id, LeadScore score, OffsetDateTime now) {
    jdbc.sql("""
            update lead set score = :score, fit_score = :fit, engagement_score = :engagement,
                score_company_size = :size, score_country = :country,
                score_seniority = :seniority, updated_at = :now
            where id = :id""")
        .param("score", score.total())
        .param("fit", score.fit())
        .param("engagement", score.engagement())
        .param("size", score.companySize())
        .param("country", score.country())
        .param("seniority", score.seniority())
        .param("now", now)
        .param("id", id)
        .update();
  }

  void updateStatus(long id, LeadStatus status, OffsetDateTime now) {
    jdbc.sql("update lead set status = :status, updated_at = :now where id = :id")
        .param("status", status.name()).param("now", now).param("id", id).update();
  }

  void assign(long id, String team, String owner, OffsetDateTime now) {
    jdbc.sql("""
            update lead set status = 'MQL', team = :team, owner = :owner, reviewed_by = null,
                review_decision = null, updated_at = :now
            where id = :id""")
        .param("team", team).param("owner", owner).param("now", now).param("id", id).update();
  }

  void setSlaDue(long id, OffsetDateTime due) {
    jdbc.sql("update lead set sla_due_at = :due where id = :id")
        .param("due", due).param("id", id).update();
  }

  void markSlaBreached(long id, OffsetDateTime now) {
    jdbc.sql("update lead set sla_breached = true, updated_at = :now where id = :id")
        .param("now", now).param("id", id).update();
  }

  /** The status of the lead's recorded review decision, and when it was given. */
  void recordDecision(long id, LeadStatus status, OffsetDateTime now) {
    jdbc.sql("""
            update lead set status = :status, updated_at = :now, reviewed_at = :now
            where id = :id""")
        .param("status", status.name()).param("now", now).param("id", id).update();
  }

  /**
   * The lead's review as our code saw it at the completion of Task_ReviewLead: who completed
   * it, the decision and, for a rejection, its reason and comment (null otherwise).
   */
  void recordReview(long id, String reviewer, String decision, String reason, String comment,
      OffsetDateTime now) {
    jdbc.sql("""
            update lead set reviewed_by = :reviewer, review_decision = :decision,
                reject_reason = :reason, reject_comment = :comment, updated_at = :now
            where id = :id""")
        .param("reviewer", reviewer).param("decision", decision).param("reason", reason)
        .param("comment", comment).param("now", now).param("id", id).update();
  }

  /** The lead's recorded review; both null when none was completed since its assignment. */
  Review review(long id) {
    return jdbc.sql("select reviewed_by, review_decision from lead where id = :id")
        .param("id", id).query((rs, n) -> new Review(rs.getString(1), rs.getString(2)))
        .optional().orElse(new Review(null, null));
  }

  /** @param decision accept, reject or recycle, as the review form spells it */
  record Review(String reviewer, String decision) {}

  public void markSynced(long id, String crmId, OffsetDateTime now) {
    jdbc.sql("""
            update lead set status = 'SYNCED', crm_id = :crmId, crm_error = null, updated_at = :now
            where id = :id""")
        .param("crmId", crmId).param("now", now).param("id", id).update();
  }

  public void recordCrmError(long id, String error, OffsetDateTime now) {
    jdbc.sql("update lead set crm_error = :error, updated_at = :now where id = :id")
        .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
        .param("now", now).param("id", id).update();
  }

  void updateContact(long id, ContactEdit edit, OffsetDateTime now) {
    jdbc.sql("""
            update lead set email = coalesce(:email, email),
                first_name = coalesce(:firstName, first_name),
                last_name = coalesce(:lastName, last_name),
                company = coalesce(:company, company), updated_at = :now,
                contact_edited_at = :now
            where id = :id""")
        .param("email", blankToNull(edit.email()))
        .param("firstName", blankToNull(edit.firstName()))
        .param("lastName", blankToNull(edit.lastName()))
        .param("company", blankToNull(edit.company()))
        .param("now", now)
        .param("id", id)
        .update();
  }

  /** What an import compares a row with, for the leads among these natural keys. */
  Map<String, ImportedLead> findForImport(Collection<String> naturalKeys) {
    if (naturalKeys.isEmpty()) {
      return Map.of();
    }
    Map<String, ImportedLead> found = new HashMap<>();
    jdbc.sql("""
            select id, natural_key, source, external_id, email, first_name, last_name, company,
                country, company_size, job_title, contact_edited_at
            from lead where natural_key in (:keys)""")
        .param("keys", naturalKeys)
        .query(rs -> {
          NewLead values = new NewLead(rs.getString("source"), rs.getString("external_id"),
              rs.getString("email"), rs.getString("first_name"), rs.getString("last_name"),
              rs.getString("company"), rs.getString("country"),
              (Integer) rs.getObject("company_size"), rs.getString("job_title"));
          found.put(rs.getString("natural_key"), new ImportedLead(rs.getLong("id"), values,
              rs.getObject("contact_edited_at") != null));
        });
    return found;
  }

  /** Takes an import's newer values for a lead nobody corrected by hand. */
  void updateFromImport(long id, NewLead lead, OffsetDateTime now) {
    jdbc.sql("""
            update lead set email = :email, first_name = :firstName, last_name = :lastName,
                company = :company, country = :country, company_size = :companySize,
                job_title = :jobTitle, updated_at = :now
            where id = :id and contact_edited_at is null""")
        .param("email", lead.email().trim())
        .param("firstName", blankToNull(lead.firstName()))
        .param("lastName", blankToNull(lead.lastName()))
        .param("company", blankToNull(lead.company()))
        .param("country", lead.country() == null ? null : lead.country().trim().toUpperCase())
        .param("companySize", lead.companySize())
        .param("jobTitle", blankToNull(lead.jobTitle()))
        .param("now", now)
        .param("id", id)
        .update();
  }

  /**
   * @param values the lead's importable fields as stored
   * @param editedByPerson a person corrected its contact data: imports leave it alone
   */
  record ImportedLead(long id, NewLead values, boolean editedByPerson) {}

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static Lead map(ResultSet rs, int row) throws SQLException {
    return new Lead(
        rs.getLong("id"),
        rs.getString("source"),
        rs.getString("external_id"),
        rs.getString("email"),
        rs.getString("first_name"),
        rs.getString("last_name"),
        rs.getString("company"),
        rs.getString("country"),
        (Integer) rs.getObject("company_size"),
        rs.getString("job_title"),
        rs.getObject("created_at", OffsetDateTime.class),
        LeadStatus.valueOf(rs.getString("status")),
        (Integer) rs.getObject("score"),
        (Integer) rs.getObject("fit_score"),
        (Integer) rs.getObject("engagement_score"),
        (Integer) rs.getObject("score_company_size"),
        (Integer) rs.getObject("score_country"),
        (Integer) rs.getObject("score_seniority"),
        rs.getString("team"),
        rs.getString("owner"),
        rs.getObject("sla_due_at", OffsetDateTime.class),
        rs.getBoolean("sla_breached"),
        rs.getString("reject_reason"),
        rs.getString("reject_comment"),
        rs.getString("crm_id"),
        rs.getString("crm_error"),
        rs.getString("process_instance_id"),
        LeadType.valueOf(rs.getString("lead_type")),
        rs.getString("account_ref"),
        rs.getInt("reentries"),
        rs.getObject("reentered_at", OffsetDateTime.class),
        rs.getString("account_match_rule"),
        rs.getBigDecimal("account_match_confidence"));
  }

  /** Engagement sent the waiting lead through routing again: counted, with when. */
  void recordReentry(long id, OffsetDateTime now) {
    jdbc.sql("""
            update lead set reentries = reentries + 1, reentered_at = :now, updated_at = :now
            where id = :id""")
        .param("now", now).param("id", id).update();
  }
}
