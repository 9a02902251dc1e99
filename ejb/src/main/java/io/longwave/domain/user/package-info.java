/** Users who sign in to the API and the console, their stored credentials, and API keys. */
package io.longwave.domain.user;
