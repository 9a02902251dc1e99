package io.longwave.application.management;

import io.longwave.application.error.ApiException;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.domain.application.Application;
import io.longwave.domain.application.ApplicationRepository;
import io.longwave.domain.device.DeviceCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Applications (ChirpStack v3 {@code ApplicationService}): create, read, update, delete and list,
 * with the checks: the organization exists, the name is unique in it, the service profile belongs
 * to it; deleting an application deletes its devices. Every call is one transaction.
 */
@ApplicationScoped
@Transactional
public class ApplicationService {

  private static final System.Logger LOG = System.getLogger(ApplicationService.class.getName());

  private ApplicationRepository applications;
  private DeviceCatalog devices;
  private OrganizationLimits organizations;

  protected ApplicationService() {}

  @Inject
  public ApplicationService(
      ApplicationRepository applications, DeviceCatalog devices,
      OrganizationLimits organizations) {
    this.applications = Objects.requireNonNull(applications, "applications");
    this.devices = Objects.requireNonNull(devices, "devices");
    this.organizations = Objects.requireNonNull(organizations, "organizations");
  }

  /** Creates the application and returns its id. */
  public long create(AccessPolicy policy, Application app) {
    ManagementAccess.requireApplicationAdmin(policy, app.organizationId());
    requireOrganization(app.organizationId());
    requireServiceProfile(app.organizationId(), app.serviceProfileId());
    requireUniqueName(app, null);
    long id = applications.add(app).id();
    LOG.log(Level.INFO, () -> "application " + id + " (" + app.name() + ") created in organization "
        + app.organizationId());
    return id;
  }

  public Application get(AccessPolicy policy, long id) {
    Application app = find(id);
    ManagementAccess.requireApplicationRead(policy, app);
    return app;
  }

  /** Replaces the application's settings; its organization does not change. */
  public void update(AccessPolicy policy, Application changed) {
    Application stored = find(changed.id());
    ManagementAccess.requireApplicationUpdate(policy, stored);
    if (changed.organizationId() != stored.organizationId()) {
      throw ApiException.invalidArgument("the organization of an application cannot be changed");
    }
    requireServiceProfile(stored.organizationId(), changed.serviceProfileId());
    requireUniqueName(changed, stored.id());
    applications.update(changed);
  }

  /** Deletes the application and all its devices. */
  public void delete(AccessPolicy policy, long id) {
    Application app = find(id);
    ManagementAccess.requireApplicationAdmin(policy, app.organizationId());
    int removed = devices.deleteInApplication(id);
    applications.delete(id);
    LOG.log(Level.INFO, () -> "application " + id + " deleted with " + removed + " devices");
  }

  /**
   * A page of applications, ordered by name. Without an organization only a global admin may
   * list (every organization's); an application API key sees its own application only.
   */
  public Page<Application> list(
      AccessPolicy policy, Long organizationId, String search, int limit, int offset) {
    Long keyApp = ManagementAccess.keyApplication(policy);
    if (keyApp != null) {
      List<Application> own = applications.find(keyApp)
          .filter(a -> organizationId == null || a.organizationId() == organizationId)
          .filter(a -> search == null || a.name().toLowerCase().contains(search.toLowerCase()))
          .stream().toList();
      return new Page<>(own.size(), offset > 0 ? List.of() : own);
    }
    if (organizationId == null) {
      policy.requireGlobalAdmin();
    } else {
      policy.requireOrganizationRead(organizationId);
    }
    return new Page<>(applications.count(organizationId, search), applications.list(organizationId, search, limit, offset));
  }

  private Application find(long id) {
    return applications.find(id)
        .orElseThrow(() -> ApiException.notFound("no application " + id));
  }

  private void requireOrganization(long organizationId) {
    if (organizations.maxDeviceCount(organizationId).isEmpty()) {
      throw ApiException.notFound("no organization " + organizationId);
    }
  }

  private void requireServiceProfile(long organizationId, UUID serviceProfileId) {
    Long owner = applications.serviceProfileOrganization(serviceProfileId)
        .orElseThrow(() -> ApiException.notFound("no service profile " + serviceProfileId));
    if (owner != organizationId) {
      throw ApiException.invalidArgument("the service profile " + serviceProfileId
          + " belongs to another organization");
    }
  }

  private void requireUniqueName(Application app, Long self) {
    applications.findByName(app.organizationId(), app.name())
        .filter(other -> !other.id().equals(self))
        .ifPresent(other -> {
          throw ApiException.alreadyExists("an application named " + app.name()
              + " exists already in organization " + app.organizationId());
        });
  }
}
