/**
 * Dutch messages every element shares: loading, the error view, retry, the external-link note.
 * Bundled eagerly (with English): they must be there to say that a widget's own messages failed
 * to load.
 */
export default {
  loading: 'Bezig met laden…',
  'error.title': 'Er ging iets mis',
  'error.catalogue-invalid': 'De catalogus bevat fouten en kan niet worden getoond.',
  'error.catalogue-unreachable': 'De catalogus kon niet worden geladen van {url}.',
  'error.catalogue-timeout': 'Het laden van de catalogus van {url} duurde te lang.',
  'error.catalogue-provider': 'De catalogus kan niet worden getoond; de melding bij de catalogus zegt waarom.',
  'error.chunk-unavailable': 'Een deel van deze pagina kon niet worden geladen. Controleer de verbinding en probeer het opnieuw.',
  'error.storage-unavailable': 'Uw antwoorden kunnen in deze browser niet worden bewaard; ze blijven staan zolang deze pagina open is.',
  'error.invalid-attribute': 'Ongeldige waarde "{value}" voor {attribute}. Geldige waarden: {valid}.',
  'error.invalid-messages': 'De aangepaste teksten voor <{tag}> bevatten fouten; de standaardteksten blijven staan waar nodig.',
  'error.messages-unavailable': 'De teksten van dit onderdeel konden niet worden geladen.',
  'error.problems': 'Gevonden problemen',
  'error.more-problems': { one: 'en nog {count} probleem', other: 'en nog {count} problemen' },
  retry: 'Opnieuw proberen',
  'link.external': '(externe link, opent in nieuw tabblad)',
};
