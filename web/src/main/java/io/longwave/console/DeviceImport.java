package io.longwave.console;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.ApplicationService;
import io.longwave.application.management.DeviceService;
import io.longwave.application.management.ManagementAccess;
import io.longwave.domain.application.Application;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceDetails;
import io.longwave.domain.device.DeviceKeys;
import io.longwave.lorawan.LorawanFormatException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * Creating many devices of one application (the view parameter {@code application}) from an
 * uploaded CSV file ({@link DeviceCsv}): each readable row is created through {@link
 * DeviceService} as the device form would (the service checks the rights, the profile, the
 * unique DevEUI and the organization's device limit), with its keys when it has any, and the
 * report lists every row with the device created or the reason it was refused.
 */
@Named
@ViewScoped
public class DeviceImport implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest file accepted, in bytes. */
  public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

  @Inject private ConsoleCaller caller;
  @Inject private ApplicationService applications;
  @Inject private DeviceService devices;

  private Long applicationId;
  private Application application;
  private boolean editable;
  private transient UploadedFile file;
  private List<DeviceImportRow> report = List.of();
  private int createdCount;

  /** Reads the application and whether the caller may add devices to it. */
  public void load() {
    if (applicationId == null) {
      ConsoleMessages.error("No application given.");
      return;
    }
    application = ConsoleMessages.attempt(
        () -> applications.get(caller.policy(), applicationId), null);
    editable = application != null && Permissions.allowed(
        () -> ManagementAccess.requireDeviceWrite(caller.policy(), application));
    if (application != null && !editable) {
      ConsoleMessages.error("You may not change the devices of " + application.name() + ".");
    }
  }

  /** Reads the uploaded file and creates its devices, one row after the other. */
  public void importFile() {
    report = List.of();
    createdCount = 0;
    if (file == null || file.getSize() == 0) {
      ConsoleMessages.error("Choose a CSV file to import.");
      return;
    }
    if (file.getSize() > MAX_FILE_BYTES) {
      ConsoleMessages.error("The file has " + file.getSize() + " bytes; at most "
          + MAX_FILE_BYTES + " (2 MB) may be imported at once.");
      return;
    }
    List<DeviceCsvRow> rows;
    try {
      rows = DeviceCsv.parse(new String(file.getContent(), UTF_8));
    } catch (IllegalArgumentException e) {
      ConsoleMessages.error("The file cannot be imported: " + e.getMessage() + ".");
      return;
    }
    AccessPolicy policy = caller.policy();
    List<DeviceImportRow> lines = new ArrayList<>(rows.size());
    for (DeviceCsvRow row : rows) {
      DeviceImportRow line = create(policy, row);
      createdCount += line.created() ? 1 : 0;
      lines.add(line);
    }
    report = List.copyOf(lines);
    String summary = createdCount + " of " + rows.size() + " devices created.";
    if (createdCount == rows.size()) {
      ConsoleMessages.info(summary);
    } else {
      ConsoleMessages.error(summary + " See the report for the rows refused.");
    }
  }

  private DeviceImportRow create(AccessPolicy policy, DeviceCsvRow row) {
    if (!row.readable()) {
      return new DeviceImportRow(row.line(), row.devEuiText(), false, row.error());
    }
    try {
      devices.create(policy, new Device(row.devEui(), row.name(), applicationId,
          row.deviceProfileId(), null, null, false, false, 0,
          new DeviceDetails(row.description(), row.tags(), Map.of(), 0), null));
    } catch (ApiException | AccessDeniedException | LorawanFormatException
        | IllegalArgumentException e) {
      return new DeviceImportRow(row.line(), row.devEuiText(), false, e.getMessage());
    }
    if (row.nwkKey() == null) {
      return new DeviceImportRow(row.line(), row.devEui().toString(), true, "created");
    }
    try {
      devices.createKeys(policy, row.devEui(), new DeviceKeys(row.nwkKey(), row.appKey()));
      return new DeviceImportRow(row.line(), row.devEui().toString(), true,
          "created with keys");
    } catch (ApiException | AccessDeniedException e) {
      return new DeviceImportRow(row.line(), row.devEui().toString(), true,
          "created, but its keys were refused: " + e.getMessage());
    }
  }

  public List<String> getColumns() {
    return DeviceCsv.COLUMNS;
  }

  public int getMaxRows() {
    return DeviceCsv.MAX_ROWS;
  }

  public long getMaxFileBytes() {
    return MAX_FILE_BYTES;
  }

  public boolean isEditable() {
    return editable;
  }

  public Application getApplication() {
    return application;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public void setApplicationId(Long applicationId) {
    this.applicationId = applicationId;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public List<DeviceImportRow> getReport() {
    return report;
  }

  public int getCreatedCount() {
    return createdCount;
  }
}
