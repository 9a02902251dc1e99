package io.longwave.api.user;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.ProtoJson;
import io.longwave.domain.user.User;
import jakarta.json.JsonObject;

/** Users in ChirpStack v3's JSON ({@code api.User}, {@code api.UserListItem}). */
public final class UserJson {

  private UserJson() {}

  /** {@code api.User}. */
  public static JsonObject user(User u) {
    return JSON.createObjectBuilder()
        .add("id", ProtoJson.int64(u.id()))
        .add("sessionTTL", u.sessionTtl())
        .add("isAdmin", u.isAdmin())
        .add("isActive", u.isActive())
        .add("email", u.email())
        .add("note", u.note())
        .build();
  }

  /** {@code api.UserListItem}. */
  public static JsonObject listItem(User u) {
    return JSON.createObjectBuilder()
        .add("id", ProtoJson.int64(u.id()))
        .add("email", u.email())
        .add("sessionTTL", u.sessionTtl())
        .add("isAdmin", u.isAdmin())
        .add("isActive", u.isActive())
        .add("createdAt", ProtoJson.timestamp(u.createdAt()))
        .add("updatedAt", ProtoJson.timestamp(u.updatedAt()))
        .build();
  }

  /** {@code api.GetUserResponse}. */
  public static JsonObject get(User u) {
    return JSON.createObjectBuilder()
        .add("user", user(u))
        .add("createdAt", ProtoJson.timestamp(u.createdAt()))
        .add("updatedAt", ProtoJson.timestamp(u.updatedAt()))
        .build();
  }
}
