/**
 * What a web page says about itself (title, publisher, author, date), read from an address an
 * editor pastes, as a guarded client: public web addresses only, checked on every hop and on the
 * very addresses connected to, bounded in time and size. It knows no feature module: the source
 * form uses it to fill itself in.
 */
package org.claimtrail.webpage;
