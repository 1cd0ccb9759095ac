// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.provider;

import org.curriculum.model.MappingLink;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The item-provider adapter factory the workbench uses: the generated one, with labels that show an
 * element's number or code followed by its title (what a curriculum developer reads in the documents),
 * instead of the generated "type + code". Hand-written so that regeneration never touches it.
 *
 * @not-generated
 */
public class CurriculumItemProviderAdapterFactorySpec extends CurriculumItemProviderAdapterFactory {

    /** The label for an element: "number title", "code title", or the generated label if neither is set. */
    public static String numberedLabel(Object object, String generated) {
        if (object instanceof MappingLink link) {
            return numberedLabel(link.getItem(), "?") + "  \u2192  " + numberedLabel(link.getStandard(), "?")
                    + (link.getCoverage() == null ? "" : " (" + link.getCoverage() + ")");
        }
        if (!(object instanceof EObject element)) {
            return generated;
        }
        String id = text(element, "number");
        if (id == null) {
            id = text(element, "code");
        }
        String title = text(element, "title");
        if (title == null) {
            title = text(element, "heading");
        }
        if (id == null && title == null) {
            return generated;
        }
        String oneLineTitle = title == null ? "" : title.replaceAll("\\s+", " ").trim();
        return id == null ? oneLineTitle : title == null ? id : id + " " + oneLineTitle;
    }

    private static String text(EObject element, String featureName) {
        if (element.eIsProxy()) {
            return null;
        }
        EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
        if (feature == null || feature.isMany()) {
            return null;
        }
        Object value = element.eGet(feature);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    @Override
    public Adapter createCurriculumAdapter() {
        if (curriculumItemProvider == null) {
            curriculumItemProvider = new CurriculumItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return curriculumItemProvider;
    }

    @Override
    public Adapter createOccupationalProfileAdapter() {
        if (occupationalProfileItemProvider == null) {
            occupationalProfileItemProvider = new OccupationalProfileItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return occupationalProfileItemProvider;
    }

    @Override
    public Adapter createOccupationalTaskAdapter() {
        if (occupationalTaskItemProvider == null) {
            occupationalTaskItemProvider = new OccupationalTaskItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return occupationalTaskItemProvider;
    }

    @Override
    public Adapter createOccupationalResponsibilityAdapter() {
        if (occupationalResponsibilityItemProvider == null) {
            occupationalResponsibilityItemProvider = new OccupationalResponsibilityItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return occupationalResponsibilityItemProvider;
    }

    @Override
    public Adapter createOccupationalContextAdapter() {
        if (occupationalContextItemProvider == null) {
            occupationalContextItemProvider = new OccupationalContextItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return occupationalContextItemProvider;
    }

    @Override
    public Adapter createKnowledgeModuleAdapter() {
        if (knowledgeModuleItemProvider == null) {
            knowledgeModuleItemProvider = new KnowledgeModuleItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return knowledgeModuleItemProvider;
    }

    @Override
    public Adapter createKnowledgeTopicAdapter() {
        if (knowledgeTopicItemProvider == null) {
            knowledgeTopicItemProvider = new KnowledgeTopicItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return knowledgeTopicItemProvider;
    }

    @Override
    public Adapter createTopicElementAdapter() {
        if (topicElementItemProvider == null) {
            topicElementItemProvider = new TopicElementItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return topicElementItemProvider;
    }

    @Override
    public Adapter createPracticalSkillsModuleAdapter() {
        if (practicalSkillsModuleItemProvider == null) {
            practicalSkillsModuleItemProvider = new PracticalSkillsModuleItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return practicalSkillsModuleItemProvider;
    }

    @Override
    public Adapter createPracticalSkillAdapter() {
        if (practicalSkillItemProvider == null) {
            practicalSkillItemProvider = new PracticalSkillItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return practicalSkillItemProvider;
    }

    @Override
    public Adapter createWorkExperienceModuleAdapter() {
        if (workExperienceModuleItemProvider == null) {
            workExperienceModuleItemProvider = new WorkExperienceModuleItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return workExperienceModuleItemProvider;
    }

    @Override
    public Adapter createWorkActivityAdapter() {
        if (workActivityItemProvider == null) {
            workActivityItemProvider = new WorkActivityItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return workActivityItemProvider;
    }

    @Override
    public Adapter createUnitAdapter() {
        if (unitItemProvider == null) {
            unitItemProvider = new UnitItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return unitItemProvider;
    }

    @Override
    public Adapter createLearningOutcomeAdapter() {
        if (learningOutcomeItemProvider == null) {
            learningOutcomeItemProvider = new LearningOutcomeItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return learningOutcomeItemProvider;
    }

    @Override
    public Adapter createAssessmentCriterionAdapter() {
        if (assessmentCriterionItemProvider == null) {
            assessmentCriterionItemProvider = new AssessmentCriterionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return assessmentCriterionItemProvider;
    }

    @Override
    public Adapter createUnitOfCompetencyAdapter() {
        if (unitOfCompetencyItemProvider == null) {
            unitOfCompetencyItemProvider = new UnitOfCompetencyItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return unitOfCompetencyItemProvider;
    }

    @Override
    public Adapter createPerformanceRequirementAdapter() {
        if (performanceRequirementItemProvider == null) {
            performanceRequirementItemProvider = new PerformanceRequirementItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return performanceRequirementItemProvider;
    }

    @Override
    public Adapter createRequirementItemAdapter() {
        if (requirementItemItemProvider == null) {
            requirementItemItemProvider = new RequirementItemItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return requirementItemItemProvider;
    }

    @Override
    public Adapter createGuidanceDocumentAdapter() {
        if (guidanceDocumentItemProvider == null) {
            guidanceDocumentItemProvider = new GuidanceDocumentItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return guidanceDocumentItemProvider;
    }

    @Override
    public Adapter createQualificationAdapter() {
        if (qualificationItemProvider == null) {
            qualificationItemProvider = new QualificationItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return qualificationItemProvider;
    }

    @Override
    public Adapter createPartQualificationAdapter() {
        if (partQualificationItemProvider == null) {
            partQualificationItemProvider = new PartQualificationItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return partQualificationItemProvider;
    }

    @Override
    public Adapter createStandardsFrameworkAdapter() {
        if (standardsFrameworkItemProvider == null) {
            standardsFrameworkItemProvider = new StandardsFrameworkItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return standardsFrameworkItemProvider;
    }

    @Override
    public Adapter createStandardSectionAdapter() {
        if (standardSectionItemProvider == null) {
            standardSectionItemProvider = new StandardSectionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return standardSectionItemProvider;
    }

    @Override
    public Adapter createStandardAdapter() {
        if (standardItemProvider == null) {
            standardItemProvider = new StandardItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return standardItemProvider;
    }

    @Override
    public Adapter createStandardElementAdapter() {
        if (standardElementItemProvider == null) {
            standardElementItemProvider = new StandardElementItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return standardElementItemProvider;
    }

    @Override
    public Adapter createPerformanceCriterionAdapter() {
        if (performanceCriterionItemProvider == null) {
            performanceCriterionItemProvider = new PerformanceCriterionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return performanceCriterionItemProvider;
    }

    @Override
    public Adapter createKnowledgeItemAdapter() {
        if (knowledgeItemItemProvider == null) {
            knowledgeItemItemProvider = new KnowledgeItemItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return knowledgeItemItemProvider;
    }

    @Override
    public Adapter createMappingSetAdapter() {
        if (mappingSetItemProvider == null) {
            mappingSetItemProvider = new MappingSetItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return mappingSetItemProvider;
    }

    @Override
    public Adapter createMappingLinkAdapter() {
        if (mappingLinkItemProvider == null) {
            mappingLinkItemProvider = new MappingLinkItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return numberedLabel(object, super.getText(object));
                }
            };
        }
        return mappingLinkItemProvider;
    }
}
