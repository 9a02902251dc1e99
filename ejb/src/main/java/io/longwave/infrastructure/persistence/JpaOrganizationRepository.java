package io.longwave.infrastructure.persistence;

import io.longwave.domain.organization.Organization;
import io.longwave.domain.organization.OrganizationRepository;
import io.longwave.domain.organization.OrganizationUser;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceProperty;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** {@link OrganizationRepository} on JPA. */
@Stateless
public class JpaOrganizationRepository implements OrganizationRepository {

  // reads in a transaction use its connection, not one taken from the pool per statement
  @PersistenceContext(unitName = "longwave", properties = @PersistenceProperty(
      name = PersistenceUnitProperties.JOIN_EXISTING_TRANSACTION, value = "true"))
  private EntityManager em;

  @Override
  public Optional<Organization> find(long id) {
    return Optional.ofNullable(em.find(Organization.class, id));
  }

  @Override
  public Optional<Organization> findByName(String name) {
    return em.createQuery("select o from Organization o where o.name = :n", Organization.class)
        .setParameter("n", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Organization add(Organization organization) {
    em.persist(organization);
    em.flush();
    return organization;
  }

  @Override
  public void remove(Organization organization) {
    em.remove(em.contains(organization) ? organization : em.merge(organization));
  }

  @Override
  public List<Organization> list(Long userId, String search, int limit, int offset) {
    return filtered("select o", userId, search, " order by o.name", Organization.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(Long userId, String search) {
    return filtered("select count(o)", userId, search, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> filtered(
      String select, Long userId, String search, String order, Class<T> type) {
    StringBuilder q = new StringBuilder(select).append(" from Organization o where 1 = 1");
    if (userId != null) {
      q.append(
          " and exists (select m from OrganizationUser m"
              + " where m.organizationId = o.id and m.userId = :user)");
    }
    if (search != null && !search.isBlank()) {
      q.append(" and lower(o.name) like :search");
    }
    TypedQuery<T> query = em.createQuery(q.append(order).toString(), type);
    if (userId != null) {
      query.setParameter("user", userId);
    }
    if (search != null && !search.isBlank()) {
      query.setParameter("search", "%" + search.strip().toLowerCase(Locale.ROOT) + "%");
    }
    return query;
  }

  @Override
  public Optional<OrganizationUser> membership(long organizationId, long userId) {
    return Optional.ofNullable(
        em.find(OrganizationUser.class, new OrganizationUser.Key(organizationId, userId)));
  }

  @Override
  public List<OrganizationUser> memberships(long userId) {
    return em.createQuery(
            "select m from OrganizationUser m where m.userId = :u order by m.organizationId",
            OrganizationUser.class)
        .setParameter("u", userId)
        .getResultList();
  }

  @Override
  public List<OrganizationUser> members(long organizationId, int limit, int offset) {
    return em.createQuery(
            "select m from OrganizationUser m, User u where u.id = m.userId"
                + " and m.organizationId = :o order by u.email",
            OrganizationUser.class)
        .setParameter("o", organizationId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countMembers(long organizationId) {
    return em.createQuery(
            "select count(m) from OrganizationUser m where m.organizationId = :o", Long.class)
        .setParameter("o", organizationId)
        .getSingleResult();
  }

  @Override
  public void addMember(OrganizationUser member) {
    em.persist(member);
  }

  @Override
  public void removeMember(OrganizationUser member) {
    em.remove(em.contains(member) ? member : em.merge(member));
  }
}
