/**
 * The pupil's side of the school-yard plan: turning a pupil's placing, moving, turning and
 * removing into session commands, checked first by the same rules the server applies
 * ({@code PlanRules}), and undoing the pupil's own changes. Pure; used on the render thread.
 */
package fi.retki.client.plan;
