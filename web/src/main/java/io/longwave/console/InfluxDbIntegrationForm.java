package io.longwave.console;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.integration.config.IntegrationKind;
import io.longwave.integration.influxdb.InfluxDbPrecision;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.JsonObject;

/**
 * An application's InfluxDB integration, as ChirpStack v3's form has it: the write endpoint
 * and, for InfluxDB 1.x, the database, username, password, retention policy and timestamp
 * precision; for InfluxDB 2.x, the organization, bucket and token.
 */
@Named
@ViewScoped
public class InfluxDbIntegrationForm extends IntegrationForm {

  private static final long serialVersionUID = 1L;

  private String endpoint = "";
  private String version = "INFLUXDB_1";
  private String db = "";
  private String username = "";
  private String password = "";
  private String retentionPolicyName = "";
  private InfluxDbPrecision precision = InfluxDbPrecision.NS;
  private String token = "";
  private String organization = "";
  private String bucket = "";

  public InfluxDbIntegrationForm() {
    super(IntegrationKind.INFLUXDB);
  }

  @Override
  protected void fill(JsonObject s) {
    endpoint = s.getString("endpoint", "");
    version = s.getString("version", "INFLUXDB_1");
    db = s.getString("db", "");
    username = s.getString("username", "");
    password = s.getString("password", "");
    retentionPolicyName = s.getString("retentionPolicyName", "");
    precision = InfluxDbPrecision.of(s.getString("precision", "NS")).orElse(InfluxDbPrecision.NS);
    token = s.getString("token", "");
    organization = s.getString("organization", "");
    bucket = s.getString("bucket", "");
  }

  @Override
  protected JsonObject configuration() {
    return JSON.createObjectBuilder().add("endpoint", text(endpoint)).add("version", version)
        .add("db", text(db)).add("username", text(username)).add("password", text(password))
        .add("retentionPolicyName", text(retentionPolicyName))
        .add("precision", precision.name()).add("token", text(token))
        .add("organization", text(organization)).add("bucket", text(bucket)).build();
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }

  /** True for InfluxDB 2.x (organization, bucket and token instead of database and user). */
  public boolean isVersion2() {
    return "INFLUXDB_2".equals(version);
  }

  public InfluxDbPrecision[] getPrecisions() {
    return InfluxDbPrecision.values();
  }

  public String getEndpoint() {
    return endpoint;
  }

  public void setEndpoint(String endpoint) {
    this.endpoint = endpoint;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getDb() {
    return db;
  }

  public void setDb(String db) {
    this.db = db;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRetentionPolicyName() {
    return retentionPolicyName;
  }

  public void setRetentionPolicyName(String retentionPolicyName) {
    this.retentionPolicyName = retentionPolicyName;
  }

  public InfluxDbPrecision getPrecision() {
    return precision;
  }

  public void setPrecision(InfluxDbPrecision precision) {
    this.precision = precision;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getOrganization() {
    return organization;
  }

  public void setOrganization(String organization) {
    this.organization = organization;
  }

  public String getBucket() {
    return bucket;
  }

  public void setBucket(String bucket) {
    this.bucket = bucket;
  }
}
