package io.longwave.infrastructure.persistence;

import io.longwave.domain.application.Application;
import io.longwave.domain.device.PayloadCodec;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code application}: an {@link Application} with its bookkeeping times. */
@Entity
@Table(name = "application")
public class ApplicationEntity {

  @Id
  @SequenceGenerator(name = "application_seq", sequenceName = "application_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 500)
  private String description;

  @Column(name = "organization_id", nullable = false)
  private long organizationId;

  @Column(name = "service_profile_id", nullable = false)
  private UUID serviceProfileId;

  @Column(name = "payload_codec", nullable = false, length = 20)
  private String payloadCodec;

  @Column(name = "payload_encoder_script", nullable = false, length = 100000)
  private String payloadEncoderScript;

  @Column(name = "payload_decoder_script", nullable = false, length = 100000)
  private String payloadDecoderScript;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ApplicationEntity() {}

  ApplicationEntity(Application application, Instant now) {
    this.createdAt = now;
    update(application, now);
  }

  final void update(Application a, Instant now) {
    name = a.name();
    description = a.description();
    organizationId = a.organizationId();
    serviceProfileId = a.serviceProfileId();
    payloadCodec = a.codec().type().wireName();
    payloadEncoderScript = a.codec().encoderScript();
    payloadDecoderScript = a.codec().decoderScript();
    updatedAt = now;
  }

  Long id() {
    return id;
  }

  Application toDomain() {
    return new Application(id, name, description, organizationId, serviceProfileId,
        new PayloadCodec(PayloadCodec.Type.parse(payloadCodec), payloadEncoderScript,
            payloadDecoderScript));
  }
}
