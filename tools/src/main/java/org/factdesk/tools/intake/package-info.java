/** Command-line mains that train, evaluate and time the intake analysis against the shared data sets. */
package org.factdesk.tools.intake;
