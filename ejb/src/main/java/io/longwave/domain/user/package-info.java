/** Users who sign in to the API and the console, and their stored credentials. */
package io.longwave.domain.user;
