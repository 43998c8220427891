import { runFeatures } from '../dom/watch';
import { productImages } from '../images/feature';
import { apiPage, listenForFillCommands } from './api-page';
import { callbackPage } from './callback';
import { productDimensions } from './product-dimensions';
import { submitGuard } from './submit-guard';

// Content script for https://app.shopiverse.tech/*: values are written here and nowhere else.
if (window.top === window) {
  listenForFillCommands();
  runFeatures([apiPage, submitGuard, callbackPage, productDimensions, productImages]);
}
