package vn.egov.report;

import java.nio.file.Path;
import vn.egov.text.Messages;

/** Where outputs go and in which language their labels and messages are. */
public record OutputContext(Path dir, Messages messages, String toolVersion) {}
