package com.marketinghub.sync;

import com.marketinghub.web.BadRequestException;
import com.marketinghub.web.ForbiddenException;
import com.marketinghub.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/exports/{name}.csv: an export streamed as it is read. */
@RestController
class ExportController {

  private final Map<String, CsvExport> exports;
  private final CsvExportWriter writer;
  private final IdentityService identityService;

  ExportController(List<CsvExport> exports, CsvExportWriter writer,
      IdentityService identityService) {
    this.exports = exports.stream().collect(Collectors.toMap(CsvExport::name, Function.identity()));
    this.writer = writer;
    this.identityService = identityService;
  }

  @GetMapping("/api/exports/{name}.csv")
  void export(@PathVariable String name, @RequestParam Map<String, String> parameters,
      HttpServletResponse response) throws IOException {
    CsvExport export = exports.get(name);
    if (export == null) {
      throw new NotFoundException("No export " + name + ".csv; exports: " + exports.keySet());
    }
    Authentication caller = identityService.getCurrentAuthentication();
    if (export.exportGroups().stream().noneMatch(caller.getGroupIds()::contains)) {
      throw new ForbiddenException("User '" + caller.getUserId() + "' may not download " + name
          + ".csv: it needs membership in one of the groups " + export.exportGroups());
    }
    Map<String, String> filters = new HashMap<>(parameters);
    filters.keySet().removeIf(key -> !export.filters().containsKey(key));
    if (filters.size() != parameters.size()) {
      throw new BadRequestException("Unknown filter(s) " + parameters.keySet().stream()
          .filter(key -> !export.filters().containsKey(key)).toList() + " for " + name
          + ".csv; its filters: " + export.filters());
    }
    try {
      export.checkFilters(filters);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
    writer.write(export, filters, response.getOutputStream());
  }
}
