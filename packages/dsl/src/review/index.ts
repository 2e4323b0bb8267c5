export { type ReviewPageOptions, renderReviewPage } from "./review-page.js";
