package io.longwave.application.management;

import io.longwave.domain.organization.Organization;
import io.longwave.domain.organization.OrganizationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalInt;

/** {@link OrganizationLimits} read from the {@link OrganizationRepository}. */
@ApplicationScoped
public class RepositoryOrganizationLimits implements OrganizationLimits {

  @Inject private OrganizationRepository organizations;

  @Override
  public OptionalInt maxDeviceCount(long organizationId) {
    return organizations.find(organizationId)
        .map(Organization::maxDeviceCount)
        .map(OptionalInt::of)
        .orElse(OptionalInt.empty());
  }
}
