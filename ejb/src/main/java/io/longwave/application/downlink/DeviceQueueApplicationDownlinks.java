package io.longwave.application.downlink;

import io.longwave.application.directory.DeviceDirectory;
import io.longwave.codec.PayloadCodecs;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.downlink.DeviceQueueService;
import io.longwave.integration.ApplicationDownlinks;
import io.longwave.integration.DownlinkCommand;
import io.longwave.integration.InvalidDownlinkException;
import io.longwave.session.DeviceSessionRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * {@link ApplicationDownlinks} in the container, for integrations and the REST API to inject: an
 * {@link ApplicationDownlinkService} on the database repositories, each request in one
 * transaction (the refusals are checked exceptions, so they do not roll anything back: nothing was
 * written yet).
 */
@ApplicationScoped
public class DeviceQueueApplicationDownlinks implements ApplicationDownlinks {

  @EJB private DeviceRepository devices;
  @EJB private DeviceProfileRepository profiles;
  @EJB private DeviceSessionRepository sessions;
  @EJB private DeviceQueueRepository queue;
  @Inject private DeviceDirectory directory;
  @Inject private PayloadCodecs codecs;

  private ApplicationDownlinkService service;

  @PostConstruct
  void init() {
    service =
        new ApplicationDownlinkService(
            directory,
            codecs,
            new DeviceQueueService(devices, profiles, sessions, queue, Clock.systemUTC()),
            queue,
            sessions);
  }

  @Override
  @Transactional
  public long enqueue(DownlinkCommand command) throws InvalidDownlinkException {
    return service.enqueue(command);
  }
}
