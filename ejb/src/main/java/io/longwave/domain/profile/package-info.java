/** Service profiles and gateway profiles, as ChirpStack v3's application server keeps them. */
package io.longwave.domain.profile;
