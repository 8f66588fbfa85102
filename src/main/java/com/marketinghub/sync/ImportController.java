package com.marketinghub.sync;

import com.marketinghub.security.CurrentUser;
import com.marketinghub.common.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV imports over HTTP: POST a file, read the batch report and its rejects. Who may import
 * which kind, and read which batch, is access-policy.yaml's, checked before the file arrives.
 */
@RestController
class ImportController {

  private final CsvImporter importer;
  private final Map<String, ImportKind<?>> kinds;
  private final CurrentUser currentUser;

  ImportController(CsvImporter importer, List<ImportKind<?>> kinds,
      CurrentUser currentUser) {
    this.importer = importer;
    this.kinds = kinds.stream().collect(Collectors.toMap(ImportKind::name, Function.identity()));
    this.currentUser = currentUser;
  }

  /**
   * @param file the CSV (part {@code file})
   * @param source for leads: the source of rows without one
   */
  @PostMapping("/api/imports/{kind}")
  ImportReport importFile(@PathVariable String kind, @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String source) throws IOException {
    ImportKind<?> importKind = kinds.get(kind);
    if (importKind == null) {
      throw new NotFoundException("No import of kind '" + kind + "'; kinds: " + kinds.keySet());
    }
    Path spooled = Files.createTempFile("import-" + kind + "-", ".csv");
    try {
      file.transferTo(spooled);
      String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
      return importer.importFile(importKind, spooled, name,
          new ImportContext(source == null ? Map.of() : Map.of("source", source)),
          currentUser.userId());
    } finally {
      Files.deleteIfExists(spooled);
    }
  }

  @GetMapping("/api/imports/{batchId:\\d+}")
  ImportReport report(@PathVariable long batchId) {
    return importer.find(batchId)
        .orElseThrow(() -> new NotFoundException("No import batch " + batchId));
  }

  /** Columns {@code row}, {@code reason}, then the row's values as they were in the file. */
  @GetMapping("/api/imports/{batchId:\\d+}/rejects.csv")
  void rejects(@PathVariable long batchId, HttpServletResponse response) throws IOException {
    report(batchId);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition",
        "attachment; filename=\"import-" + batchId + "-rejects.csv\"");
    RejectsCsv.download(importer, batchId, response.getOutputStream());
  }
}
