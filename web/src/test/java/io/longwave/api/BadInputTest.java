package io.longwave.api;

import static io.longwave.api.ManagementApi.globalAdmin;
import static io.longwave.api.ManagementApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.longwave.api.error.ApiError;
import io.longwave.api.error.ErrorClassifier;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to the infrastructure resources, as a global admin sends it: each row is one request
 * and the HTTP status its answer must have (400 for malformed or invalid values, 404 for unknown
 * references, 409 for duplicates), always with a message; never 500. The answer is what the
 * exception mappers make of the thrown exception ({@link ErrorClassifier}). Devices, profiles,
 * applications and multicast groups have their own tables in their resource tests.
 */
class BadInputTest {

  interface Request {
    void send(InfrastructureApi api) throws Exception;
  }

  static final String GW = "0102030405060708";
  static final String SP = "{'serviceProfile':{'name':'sp','organizationID':'1'";
  static final String GP =
      "{'gatewayProfile':{'name':'gp','networkServerID':'1','channels':[0,1,2]";

  static String gateway(String id, String extra) {
    return "{'gateway':{'id':'" + id + "','name':'mast','organizationID':'1'" + extra + "}}";
  }

  static Arguments row(String what, int status, Request request) {
    return Arguments.of(what, status, request);
  }

  static Stream<Arguments> rows() {
    String sp = SP;
    String gp = GP;
    return Stream.of(
        // gateways
        row("gateway id too short", 400, a -> a.gateways().create(json(gateway("0102", "")))),
        row("gateway id not hex", 400, a -> a.gateways().get("zz02030405060708")),
        row("gateway name with a space", 400, a -> a.gateways().create(json(
            gateway(GW, "").replace("mast", "my mast")))),
        row("gateway name of 101 characters", 400, a -> a.gateways().create(json(
            gateway(GW, "").replace("mast", "m".repeat(101))))),
        row("gateway without organization", 400, a -> a.gateways().create(json(
            gateway(GW, "").replace(",'organizationID':'1'", "")))),
        row("gateway of an unknown organization", 404, a -> a.gateways().create(json(
            gateway(GW, "").replace("'1'", "'99'")))),
        row("gateway of an unknown network server", 400, a -> a.gateways().create(json(
            gateway(GW, ",'networkServerID':'7'")))),
        row("gateway of an unknown gateway profile", 400, a -> a.gateways().create(json(
            gateway(GW, ",'gatewayProfileID':'" + UUID.randomUUID() + "'")))),
        row("gateway profile id not a UUID", 400, a -> a.gateways().create(json(
            gateway(GW, ",'gatewayProfileID':'p1'")))),
        row("gateway latitude as text", 400, a -> a.gateways().create(json(
            gateway(GW, ",'location':{'latitude':'north'}")))),
        row("gateway fine-timestamp key of 8 bytes", 400, a -> a.gateways().create(json(
            gateway(GW, ",'boards':[{'fineTimestampKey':'0102030405060708'}]")))),
        row("gateway of an unknown region", 400, a -> a.gateways().create(json(
            gateway(GW, ",'region':'XX999'")))),
        row("gateway tags not strings", 400, a -> a.gateways().create(json(
            gateway(GW, ",'tags':{'floor':2}")))),
        row("gateway twice", 409, a -> {
          a.gateways().create(json(gateway(GW, "")));
          a.gateways().create(json(gateway(GW, "")));
        }),
        row("unknown gateway", 404, a -> a.gateways().get(GW)),
        row("gateway moved to another organization", 400, a -> {
          a.gateways().create(json(gateway(GW, "")));
          a.gateways().update(GW, json(gateway(GW, "").replace("'1'", "'2'")));
        }),
        row("gateway stats without interval", 400, a -> a.gateways().stats(GW, null,
            "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z")),
        row("gateway stats with a bad time", 400, a -> a.gateways().stats(GW, "DAY", "yesterday",
            "2026-01-02T00:00:00Z")),
        row("gateway without a body", 400, a -> a.gateways().create(null)),
        row("gateway organization id beyond 64 bits", 400, a -> a.gateways().create(json(
            gateway(GW, "").replace("'1'", "'99999999999999999999'")))),
        row("gateway organization id as a fraction", 400, a -> a.gateways().create(json(
            gateway(GW, "").replace("'1'", "1.5")))),
        row("gateways listed with a limit that is no number", 400, a -> a.gateways().list(
            "ten", null, null, null)),
        row("gateways listed from a negative offset", 400, a -> a.gateways().list("10", "-1",
            null, null)),
        // organizations
        row("organization device limit as a fraction", 400, a -> a.organizations().create(
            json("{'organization':{'name':'x','maxDeviceCount':2.5}}"))),
        row("organization device limit beyond 32 bits", 400, a -> a.organizations().create(
            json("{'organization':{'name':'x','maxDeviceCount':'4294967296'}}"))),
        row("organization name with a space", 400, a -> a.organizations().create(json(
            "{'organization':{'name':'a b'}}"))),
        row("organization name of 101 characters", 400, a -> a.organizations().create(json(
            "{'organization':{'name':'" + "o".repeat(101) + "'}}"))),
        row("organization with a negative device limit", 400, a -> a.organizations().create(
            json("{'organization':{'name':'x','maxDeviceCount':-1}}"))),
        row("organization name taken", 409, a -> a.organizations().create(json(
            "{'organization':{'name':'acme'}}"))),
        row("organization id not a number", 400, a -> a.organizations().get("acme")),
        row("unknown organization", 404, a -> a.organizations().get("99")),
        row("organization body without organization", 400, a -> a.organizations().create(
            json("{'name':'x'}"))),
        // users
        row("user with a short password", 400, a -> a.users().create(json(
            "{'user':{'email':'u@example.com'},'password':'abc'}"))),
        row("user without e-mail", 400, a -> a.users().create(json(
            "{'user':{},'password':'secret-1'}"))),
        row("user twice", 409, a -> {
          a.users().create(json("{'user':{'email':'u@example.com'},'password':'secret-1'}"));
          a.users().create(json("{'user':{'email':'u@example.com'},'password':'secret-1'}"));
        }),
        row("user of an unknown organization", 404, a -> a.users().create(json(
            "{'user':{'email':'u@example.com'},'password':'secret-1',"
                + "'organizations':[{'organizationID':'99'}]}"))),
        row("user id not a number", 400, a -> a.users().get("x")),
        row("unknown user", 404, a -> a.users().get("99")),
        row("user session TTL as text", 400, a -> a.users().create(json(
            "{'user':{'email':'u@example.com','sessionTTL':'long'},'password':'secret-1'}"))),
        // service profiles
        row("service profile of an unknown organization", 400, a -> a.serviceProfiles().create(
            json(sp.replace("'1'", "'99'") + "}}"))),
        row("service profile with drMin above drMax", 400, a -> a.serviceProfiles().create(
            json(sp + ",'drMin':5,'drMax':2}}"))),
        row("service profile channel mask not hex", 400, a -> a.serviceProfiles().create(
            json(sp + ",'channelMask':'zz'}}"))),
        row("service profile rate policy unknown", 400, a -> a.serviceProfiles().create(
            json(sp + ",'ulRatePolicy':'FAST'}}"))),
        row("service profile name of 101 characters", 400, a -> a.serviceProfiles().create(
            json(sp.replace("'sp'", "'" + "s".repeat(101) + "'") + "}}"))),
        row("service profile id not a UUID", 400, a -> a.serviceProfiles().get("sp-1")),
        row("unknown service profile", 404, a -> a.serviceProfiles().get(
            UUID.randomUUID().toString())),
        // gateway profiles
        row("gateway profile channel out of range", 400, a -> a.gatewayProfiles().create(json(
            gp.replace("[0,1,2]", "[0,99]") + "}}"))),
        row("gateway profile extra channel of an unknown modulation", 400,
            a -> a.gatewayProfiles().create(json(gp
                + ",'extraChannels':[{'modulation':'FM','frequency':867100000}]}}"))),
        row("gateway profile of an unknown network server", 404, a -> a.gatewayProfiles()
            .create(json(gp.replace("'networkServerID':'1'", "'networkServerID':'9'") + "}}"))),
        row("gateway profile channels not numbers", 400, a -> a.gatewayProfiles().create(json(
            gp.replace("[0,1,2]", "['a']") + "}}"))),
        row("gateway profile id not a UUID", 400, a -> a.gatewayProfiles().get("gp-1")),
        row("unknown gateway profile", 404, a -> a.gatewayProfiles().get(
            UUID.randomUUID().toString())),
        // network servers
        row("network server without name", 400, a -> a.networkServers().create(json(
            "{'networkServer':{'server':'ns:8000'}}"))),
        row("network server address of 256 characters", 400, a -> a.networkServers().create(
            json("{'networkServer':{'name':'ns','server':'" + "n".repeat(256) + "'}}"))),
        row("network server id not a number", 400, a -> a.networkServers().get("ns")),
        row("unknown network server", 404, a -> a.networkServers().get("99")),
        row("built-in network server deleted", 400, a -> a.networkServers().delete("1")),
        // integrations
        row("integration of an unknown kind", 404, a -> a.integrations().get("7", "kafka")),
        row("integration of an unknown application", 404, a -> a.integrations().create("8",
            "http", json("{'integration':{'eventEndpointURL':'http://h.example/e'}}"))),
        row("integration application id not a number", 400, a -> a.integrations().list("app")),
        row("integration with a malformed URL", 400, a -> a.integrations().create("7", "http",
            json("{'integration':{'eventEndpointURL':'not a url'}}"))),
        row("integration of another application in the body", 400, a -> a.integrations()
            .create("7", "http", json("{'integration':{'applicationID':'9',"
                + "'eventEndpointURL':'http://h.example/e'}}"))),
        row("integration twice", 409, a -> {
          a.integrations().create("7", "http", json(
              "{'integration':{'eventEndpointURL':'http://h.example/e'}}"));
          a.integrations().create("7", "http", json(
              "{'integration':{'eventEndpointURL':'http://h.example/e'}}"));
        }),
        row("integration not configured", 404, a -> a.integrations().get("7", "http")),
        // API keys
        row("API key id not a UUID", 400, a -> a.apiKeys().delete("key-1")),
        row("unknown API key", 404, a -> a.apiKeys().delete(UUID.randomUUID().toString())),
        row("API keys of a malformed organization", 400, a -> a.apiKeys().list(null, null,
            null, "acme", null)));
  }

  /** The rows' starting points are accepted, so that each row fails for its one change. */
  @Test
  void the_requests_the_rows_start_from_are_accepted() throws Exception {
    InfrastructureApi a = new InfrastructureApi(globalAdmin());
    a.gateways().create(json(gateway(GW, ",'location':{'latitude':52.1,'longitude':4.3},"
        + "'boards':[{'fineTimestampKey':'000102030405060708090a0b0c0d0e0f'}],"
        + "'region':'EU868','tags':{'floor':'2'}")));
    a.gateways().update(GW, json(gateway(GW, "")));
    a.gateways().stats(GW, "DAY", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z");
    a.organizations().create(json("{'organization':{'name':'x','maxDeviceCount':5}}"));
    a.users().create(json("{'user':{'email':'u@example.com','sessionTTL':60},"
        + "'password':'secret-1','organizations':[{'organizationID':'1'}]}"));
    a.serviceProfiles().create(json(SP + ",'drMin':2,'drMax':5,'channelMask':'ff00',"
        + "'ulRatePolicy':'MARK'}}"));
    a.gatewayProfiles().create(json(GP
        + ",'extraChannels':[{'modulation':'LORA','frequency':867100000,'bandwidth':125,"
        + "'spreadingFactors':[7,8]}]}}"));
    a.networkServers().create(json("{'networkServer':{'name':'ns','server':'ns:8000'}}"));
    a.integrations().create("7", "http", json(
        "{'integration':{'applicationID':'7','eventEndpointURL':'http://h.example/e'}}"));
    a.integrations().get("7", "http");
    a.apiKeys().list(null, null, null, "1", null);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("rows")
  void is_answered_with_a_client_error_and_a_message(String what, int status, Request request) {
    InfrastructureApi api = new InfrastructureApi(globalAdmin());
    try {
      request.send(api);
      fail(what + " was accepted");
    } catch (Exception | Error e) {
      if (e instanceof AssertionError a) {
        throw a;
      }
      ApiError answer = ErrorClassifier.classify(e);
      assertEquals(status, answer.httpStatus(), what + ": " + answer + " from " + e);
      assertFalse(answer.message().isBlank(), what);
    }
  }
}
