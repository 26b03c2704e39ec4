package vn.egov.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be written, as a message key an official can act on ("the disk is full")
 * rather than the operating system's words; the raw reason when it is none of the known ones.
 *
 * @param key a message key ({@code why.*}), or {@code null} when {@code raw} is all there is
 * @param raw the operating system's message
 */
public record Why(String key, String raw) {
  public static Why of(IOException e) {
    String text = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
    String lower = text.toLowerCase(Locale.ROOT);
    String key;
    if (lower.contains("folder is in the way")) {
      key = "why.folder_in_way";
    } else if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("not enough space")) {
      key = "why.full";
    } else if (lower.contains("read-only file system")) {
      key = "why.read_only";
    } else if (lower.contains("file name too long") || lower.contains("name too long")) {
      key = "why.name_too_long";
    } else if (e instanceof AccessDeniedException || lower.contains("permission denied")) {
      key = "why.denied";
    } else if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException || lower.contains("not a directory")) {
      key = "why.not_folder";
    } else if (e instanceof NoSuchFileException) {
      key = "why.missing";
    } else {
      key = null;
    }
    return new Why(key, text);
  }

  @Override
  public String toString() {
    return raw;
  }
}
