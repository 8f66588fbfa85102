package com.marketinghub.sync;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** File names that come from outside (a process variable, a request) kept inside their folder. */
final class FolderFiles {

  private FolderFiles() {}

  /**
   * The file {@code name} directly inside {@code folder}; empty when the name is not a plain
   * file name (blank, {@code .} or {@code ..}, a separator) or would resolve anywhere else.
   */
  static Optional<Path> inside(Path folder, String name) {
    if (name == null || name.isBlank() || name.equals(".") || name.equals("..")
        || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
      return Optional.empty();
    }
    Path base = folder.toAbsolutePath().normalize();
    try {
      Path file = base.resolve(name).normalize();
      return file.startsWith(base) && base.equals(file.getParent())
          ? Optional.of(file) : Optional.empty();
    } catch (InvalidPathException notAPath) {
      return Optional.empty();
    }
  }
}
