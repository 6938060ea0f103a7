/**
 * The school yard seen from above, for the teacher: the picture of the yard itself (its ground
 * with the court and the sand, the school and the fences, drawn from the scene's own models), the
 * plan pupils made on it, and where the plan's labels go so that none covers another.
 *
 * <p>{@link fi.retki.server.yard.TopView} makes a {@link fi.retki.server.yard.YardMap} once per
 * scene (on a worker thread: it decodes GLBs and images); the console draws the plan live over
 * the map's picture, and {@link fi.retki.server.yard.PlanPicture} draws the same plan with
 * Java2D for the saved work and its ZIP. Both place labels by the same rule
 * ({@link fi.retki.server.yard.LabelLayout}, and its copy in the console's {@code plan.js}).
 */
package fi.retki.server.yard;
