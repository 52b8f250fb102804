/**
 * What a page that uses SurveyJS for our quick scan runs: survey-core (the model), survey-js-ui
 * (its plain-JS renderer), SurveyJS's Dutch interface texts (buttons, progress) and its default
 * theme. Bundled by bench/scan.bench.mjs during `npm run bench`, never committed as output.
 *
 * The survey JSON comes from the page (`<script type="application/json" id="survey-json">`), so
 * the bundle holds the library and not the question data: our load path leaves the catalogue
 * data out too, and the bench prints the size of each data part next to it.
 */
import { Model } from 'survey-core';
import 'survey-core/i18n/dutch';
import 'survey-core/survey-core.min.css';
import { renderSurvey } from 'survey-js-ui';

const json = JSON.parse(document.getElementById('survey-json').textContent);
renderSurvey(new Model(json), document.getElementById('survey'));
