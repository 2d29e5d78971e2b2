package dev.connector.reference;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Registrar;

/** Countries, currencies, languages, tax environments and taxations: loaded once, served as they are. */
public final class ReferenceModule implements FeatureModule {

    private final ReferenceData data;
    private final LanguageTexts texts;

    /** {@code data} is loaded by the caller, which may do it while the store opens (see {@link ReferenceData#load}). */
    public ReferenceModule(ReferenceData data) {
        this.data = data;
        this.texts = LanguageTexts.load(data.languages());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("countries/getAll", ReferenceRequest.class, (request, caller) -> data.countries().all())
                .operation("currencies/getAll", ReferenceRequest.class, (request, caller) -> data.currencies().all())
                .operation("languages/getAll", ReferenceRequest.class, (request, caller) -> data.languages().all())
                .operation("languages/getTexts", LanguageTexts.Request.class,
                        (request, caller) -> texts.texts(request))
                .operation("taxEnvironments/getAll", ReferenceRequest.class,
                        (request, caller) -> data.taxes().environments())
                .operation("taxations/getAll", ReferenceRequest.class, (request, caller) -> data.taxes().taxations());
    }

    /** The loaded reference data, for features that check codes against it. */
    public ReferenceData data() {
        return data;
    }
}
