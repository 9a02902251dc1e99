/** Organizations (tenants), their members and the members' roles. */
package io.longwave.domain.organization;
