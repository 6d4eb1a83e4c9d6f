extension Templates {
    /// The batch page: a spreadsheet upload (.xlsx or CSV) with links to the sample sheets, the
    /// material(s), separate or merged (lists, which the stylesheet already styles); with the
    /// problems of a sheet as one table of row, column and message.
    static let batch = """
        <h1>Veel cliënten tegelijk</h1>
        <p>Maak de werkbladen of brieven voor een hele lijst cliënten in één keer, uit een Excel-bestand (.xlsx) of een CSV-bestand.
        De kopregel noemt de kolommen: {{#kolommen}}<code>{{naam}}</code>{{scheiding}}{{/kolommen}}; daaronder één rij per cliënt. Een titel erboven en een blad met uitleg
        ervoor mogen blijven staan. Ten hoogste {{maximumRegels}} cliënten en 2 MB per bestand.</p>
        {{#heeftVoorbeelden}}<p>Begin met een voorbeeld, met alle kolommen en een paar verzonnen cliënten:</p>
        <ul>{{#voorbeelden}}<li><a href="{{pad}}" download>{{tekst}}</a></li>{{/voorbeelden}}</ul>{{/heeftVoorbeelden}}
        {{#heeftFouten}}
        <div class="samenvatting" role="alert" aria-labelledby="samenvatting-titel">
        <h2 id="samenvatting-titel">{{foutTitel}}</h2>
        {{#meldingen}}<p>{{.}}</p>{{/meldingen}}
        {{#heeftTabel}}
        <p>Er is niets gemaakt. Verbeter deze {{#heeftBlad}}rijen in het blad „{{blad}}”{{/heeftBlad}}{{^heeftBlad}}regels in de spreadsheet{{/heeftBlad}} en kies het bestand opnieuw.</p>
        <table class="problemen">
        <thead><tr><th scope="col">{{rijKop}}</th><th scope="col">Kolom</th><th scope="col">Wat er niet klopt</th></tr></thead>
        <tbody>
        {{#problemen}}<tr><td>{{regel}}</td><td>{{kolom}}</td><td>{{melding}}</td></tr>
        {{/problemen}}
        </tbody>
        </table>
        {{/heeftTabel}}
        </div>
        {{/heeftFouten}}
        <form method="post" action="/batch" enctype="multipart/form-data">
        \(csrfField)
        <div class="veld">
        <label for="bestand">Het bestand met de cliënten <span class="hint">Een Excel-werkmap (.xlsx) zoals hij is, of een CSV-bestand</span></label>
        <input type="file" id="bestand" name="bestand" accept=".xlsx,.csv,.txt,.xls,.ods,text/csv">
        </div>
        <div class="veld">
        <label for="materiaal">Wat wilt u maken?</label>
        <select id="materiaal" name="materiaal">
        {{#materiaalKeuzes}}<option value="{{waarde}}"{{#gekozen}} selected{{/gekozen}}>{{tekst}}</option>{{/materiaalKeuzes}}
        </select>
        </div>
        <div class="veld">
        <label for="vorm">Hoe wilt u de bestanden? <span class="hint">Alles in één PDF kan voor één materiaal tegelijk. Kiest u allebei, dan krijgt u een ZIP-bestand met een PDF per cliënt.</span></label>
        <select id="vorm" name="vorm">
        {{#vormKeuzes}}<option value="{{waarde}}"{{#gekozen}} selected{{/gekozen}}>{{tekst}}</option>{{/vormKeuzes}}
        </select>
        </div>
        <div class="veld">
        <label for="enkelzijdig" class="vinkje"><input type="checkbox" id="enkelzijdig" name="enkelzijdig" value="true"{{#enkelzijdig}} checked{{/enkelzijdig}}>Werkbladen zonder achterkant (voor een printer die enkelzijdig afdrukt)</label>
        </div>
        <p>Het maken kost even tijd: reken op ongeveer 10 seconden per 1.000 werkbladen en ongeveer een minuut per 1.000 brieven.
        De download begint meteen; uw browser laat zien hoe ver hij is. Sluit deze pagina niet tot de download klaar is.</p>
        <div class="knoppen">
        <button type="submit">Maak de PDF's</button>
        </div>
        </form>
        """
}
