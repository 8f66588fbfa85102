package com.marketinghub.sync;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One CSV export (leads.csv, ...), provided by the feature that owns the records; the sync
 * package streams it over HTTP and into the outbox folder.
 */
public interface CsvExport {

  /** The file name without ".csv": {@code leads}. */
  String name();


  List<String> header();

  /** The filter parameters it understands, each with what it means (for error messages). */
  Map<String, String> filters();

  /**
   * Checks the filter values before anything is written.
   *
   * @throws IllegalArgumentException naming a filter value that cannot be used
   */
  default void checkFilters(Map<String, String> filters) {}

  /** Hands each row to the consumer in order, without holding them all. */
  void forEachRow(Map<String, String> filters, Consumer<String[]> row);
}
