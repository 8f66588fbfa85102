package com.marketinghub.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ImportBatchRepository {

  static final int RAW_LIMIT = 20_000;

  private final JdbcClient jdbc;

  ImportBatchRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long start(String kind, String fileName, String checksum, String actor, OffsetDateTime now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into import_batch (kind, file_name, checksum, status, actor, started_at)
            values (:kind, :file, :checksum, 'RUNNING', :actor, :now)""")
        .param("kind", kind).param("file", fileName).param("checksum", checksum)
        .param("actor", actor).param("now", now)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void addCounts(long batchId, int rows, int created, int updated, int unchanged, int rejected) {
    jdbc.sql("""
            update import_batch set rows_total = rows_total + :rows, created = created + :created,
                updated = updated + :updated, unchanged = unchanged + :unchanged,
                rejected = rejected + :rejected
            where id = :id""")
        .param("rows", rows).param("created", created).param("updated", updated)
        .param("unchanged", unchanged).param("rejected", rejected).param("id", batchId)
        .update();
  }

  void finish(long batchId, String status, String message, OffsetDateTime now) {
    jdbc.sql("""
            update import_batch set status = :status, message = :message, finished_at = :now
            where id = :id""")
        .param("status", status)
        .param("message", message == null || message.length() <= 2000 ? message
            : message.substring(0, 2000))
        .param("now", now).param("id", batchId)
        .update();
  }

  void reject(long batchId, long rowNumber, String reason, String raw) {
    jdbc.sql("""
            insert into import_reject (batch_id, row_number, reason, raw)
            values (:batch, :row, :reason, :raw)""")
        .param("batch", batchId).param("row", rowNumber)
        .param("reason", reason.length() <= 2000 ? reason : reason.substring(0, 2000))
        .param("raw", raw.length() <= RAW_LIMIT ? raw : raw.substring(0, RAW_LIMIT))
        .update();
  }

  /** The batch that completed an import of the same file, if any. */
  Optional<Long> completedWithChecksum(String kind, String checksum) {
    return jdbc.sql("""
            select min(id) from import_batch
            where kind = :kind and checksum = :checksum and status = 'COMPLETED'""")
        .param("kind", kind).param("checksum", checksum)
        .query(Long.class).optional();
  }

  Optional<ImportReport> find(long batchId) {
    return jdbc.sql("select * from import_batch where id = :id").param("id", batchId)
        .query((rs, row) -> map(rs)).optional();
  }

  void markDuplicate(long batchId, long duplicateOf) {
    jdbc.sql("update import_batch set duplicate_of = :of where id = :id")
        .param("of", duplicateOf).param("id", batchId).update();
  }

  /** Streams the rejects of a batch in row order, without holding them all. */
  void forEachReject(long batchId, Consumer<RejectedRow> consumer) {
    jdbc.sql("""
            select row_number, reason, raw from import_reject where batch_id = :batch
            order by row_number, id""")
        .param("batch", batchId)
        .query(rs -> {
          consumer.accept(new RejectedRow(rs.getLong(1), rs.getString(2), rs.getString(3)));
        });
  }

  List<ImportReport> recent(int limit) {
    return jdbc.sql("select * from import_batch order by id desc fetch first :limit rows only")
        .param("limit", limit).query((rs, row) -> map(rs)).list();
  }

  private static ImportReport map(ResultSet rs) throws SQLException {
    return new ImportReport(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"),
        rs.getString("status"), rs.getInt("rows_total"), rs.getInt("created"),
        rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("rejected"),
        rs.getString("message"), (Long) rs.getObject("duplicate_of", Long.class),
        rs.getObject("started_at", OffsetDateTime.class),
        rs.getObject("finished_at", OffsetDateTime.class));
  }

  /** A refused row as the reject report shows it; {@code raw} is the row as one CSV line. */
  record RejectedRow(long rowNumber, String reason, String raw) {}
}
