import { runFeatures } from '../dom/watch';
import { productImages } from '../images/feature';
import { newAppForm } from './new-app-form';
import { listenForPickCommands } from './pick';
import { readValues } from './read-values';

// Content script for https://merchant.joom.com/*: values are read here and nowhere else.
runFeatures([readValues, newAppForm, productImages]);
listenForPickCommands();
