#include "domain/secretquestions.h"

#include <QCoreApplication>

namespace apdesk::domain {

QStringList secretQuestions() {
    return {
        QCoreApplication::translate("SecretQuestions",
                                    "Quel est le nom de jeune fille de votre mère ?"),
        QCoreApplication::translate("SecretQuestions", "Quelle est votre ville de naissance ?"),
        QCoreApplication::translate("SecretQuestions",
                                    "Quel est le nom de votre premier animal de compagnie ?"),
        QCoreApplication::translate("SecretQuestions",
                                    "Quel était le nom de votre école primaire ?"),
        QCoreApplication::translate("SecretQuestions",
                                    "Quel est le prénom de votre meilleur ami d'enfance ?"),
    };
}

} // namespace apdesk::domain
