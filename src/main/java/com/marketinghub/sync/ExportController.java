package com.marketinghub.sync;

import com.marketinghub.common.BadRequestException;
import com.marketinghub.common.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/exports/{name}.csv: an export streamed as it is read; who may download which is
 * access-policy.yaml's.
 */
@RestController
class ExportController {

  private final Map<String, CsvExport> exports;
  private final CsvExportWriter writer;

  ExportController(List<CsvExport> exports, CsvExportWriter writer) {
    this.exports = exports.stream().collect(Collectors.toMap(CsvExport::name, Function.identity()));
    this.writer = writer;
  }

  @GetMapping("/api/exports/{name}.csv")
  void export(@PathVariable String name, @RequestParam Map<String, String> parameters,
      HttpServletResponse response) throws IOException {
    CsvExport export = exports.get(name);
    if (export == null) {
      throw new NotFoundException("No export " + name + ".csv; exports: " + exports.keySet());
    }
    List<String> unknown = parameters.keySet().stream()
        .filter(key -> !export.filters().containsKey(key)).toList();
    if (!unknown.isEmpty()) {
      throw new BadRequestException("Unknown filter(s) " + unknown + " for " + name
          + ".csv; its filters: " + export.filters());
    }
    try {
      export.checkFilters(parameters);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
    writer.download(export, parameters, response.getOutputStream());
  }
}
