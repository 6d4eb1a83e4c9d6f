extension Templates {
    /// The login page of a hosted page: user name, password and the form's CSRF token. The error
    /// says only that the pair did not match, never which of the two.
    static let login = """
        <h1>Inloggen</h1>
        <p>Log in met de gebruikersnaam en het wachtwoord die u van de beheerder van deze pagina kreeg.</p>
        {{#fout}}
        <div class="samenvatting" role="alert" aria-labelledby="samenvatting-titel" tabindex="-1" autofocus>
        <h2 id="samenvatting-titel">Inloggen lukte niet</h2>
        <p>De gebruikersnaam of het wachtwoord klopt niet. Let op hoofdletters en probeer het opnieuw.</p>
        </div>
        {{/fout}}
        <form method="post" action="\\(AccessGate.loginPath)" class="inloggen">
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#terug}}<input type="hidden" name="terug" value="{{terug}}">{{/terug}}
        <div class="veld">
        <label for="gebruiker">Gebruikersnaam</label>
        <input type="text" id="gebruiker" name="gebruiker" value="{{naam}}" autocomplete="username" autocapitalize="none" spellcheck="false" required{{^naam}} autofocus{{/naam}}>
        </div>
        <div class="veld">
        <label for="wachtwoord">Wachtwoord</label>
        <input type="password" id="wachtwoord" name="wachtwoord" autocomplete="current-password" required{{#naam}} autofocus{{/naam}}>
        </div>
        <div class="knoppen"><button type="submit">Inloggen</button></div>
        </form>
        """
}
