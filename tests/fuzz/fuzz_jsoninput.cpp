// The simulated service's JSON input: a request body parsed as the routes parse it, then read as
// the two largest forms (the account request with its establishment, contact, secret and terms;
// a decision), and every error answer they would write.
#include "aspsim/accountrequestform.h"
#include "aspsim/decisionform.h"
#include "aspsim/jsoninput.h"
#include "aspsim/secrets.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    // A decision without a secret code draws one through libsodium.
    return apdesk::aspsim::secrets::initialize() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    using namespace apdesk::aspsim;
    HttpRequest request;
    request.method = "POST";
    request.contentType = "application/json; charset=utf-8";
    request.body = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    HttpReply failure;
    const auto input = JsonInput::parse(request, &failure);
    if (!input) {
        failure.jsonObject();
        return 0;
    }
    JsonInput asRequest = *input;
    const AccountRequestForm form = AccountRequestForm::read(asRequest, true, true);
    if (asRequest.hasTypeErrors())
        asRequest.typeErrorReply();
    else if (!form.isValid())
        form.errorReply();

    JsonInput asDecision = *input;
    const DecisionForm decision = DecisionForm::read(asDecision);
    if (asDecision.hasTypeErrors())
        asDecision.typeErrorReply();
    else if (!decision.isValid())
        decision.errorReply();
    return 0;
}
