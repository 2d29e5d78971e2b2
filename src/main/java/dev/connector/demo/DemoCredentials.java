package dev.connector.demo;

import java.util.List;

/** The public demo applications and tokens that partners' code is written against, plus our portfolio token. */
public final class DemoCredentials {

    /** One public demo application with its AccessTokens for the UK (gross) and US (net) demo hotels. */
    public record DemoApplication(String name, String clientToken, String ukAccessToken, String usAccessToken) {
    }

    public static final List<DemoApplication> APPLICATIONS = List.of(
            new DemoApplication("Are you ready to integrate with Mews?",
                    "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D",
                    "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D",
                    "4D6C7ABE0E6A4681B0AFB16900AE5D86-DF50CBC89E1D4FF5859DDF021649ED5"),
            new DemoApplication("Connector API Test Client 2",
                    "E916C341431C4D28A866AD200152DBD3-A046EB5583FFBE94DE1172237763712",
                    "CC150C355D6A4048A220AD20015483AB-B6D09C0C84B09538077CB8FFBB907B4",
                    "1AEFA58C55E74D65BDC7AD2001564C12-66633E0B736F523379B9E5966165A55"),
            new DemoApplication("Connector API Test Client 3",
                    "2CC71B0660F345019882AD200155B4FE-4A1FC9080A4DD2A404734003674F77E",
                    "5F56B9903A834F199E28AD20015E58CA-5C6A1A00550634911534AD6A098E8B7",
                    "682C235379B64D909941AD2001577525-BFC60A026081F1350FAA99CAB9F7510"),
            new DemoApplication("Connector API Test Client 4",
                    "07AB1F14B55C49B8BDD6AD200158423B-273A4497AFF5E20566D7199DB3DC2BA",
                    "39E301DD5A1C4A569087AD20015F60DD-50DC28896E9090CCA0995C9BBD90351",
                    "BFD4298010F54B069F3DAD20015D53EA-D5561FADFBA4EFC8EA4C179C6BC461F"));

    /** Our own portfolio AccessToken of the first demo application, reaching both demo hotels. */
    public static final String PORTFOLIO_ACCESS_TOKEN = "5A1E0D0C0B0A49F8A7B6C5D4E3F2A1B0-9F0D2C4B6A8E1D3F5C7B9A0E2D4F6A8";

    private DemoCredentials() {
    }
}
