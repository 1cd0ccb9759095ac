/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.util;

import org.curriculum.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.curriculum.model.CurriculumPackage
 * @generated
 */
public class CurriculumAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CurriculumPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CurriculumAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = CurriculumPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CurriculumSwitch<Adapter> modelSwitch =
		new CurriculumSwitch<Adapter>() {
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseProperty(Property object) {
				return createPropertyAdapter();
			}
			@Override
			public Adapter caseMappableItem(MappableItem object) {
				return createMappableItemAdapter();
			}
			@Override
			public Adapter caseFramework(Framework object) {
				return createFrameworkAdapter();
			}
			@Override
			public Adapter caseCurriculum(Curriculum object) {
				return createCurriculumAdapter();
			}
			@Override
			public Adapter caseDocumentListing(DocumentListing object) {
				return createDocumentListingAdapter();
			}
			@Override
			public Adapter caseListingEntry(ListingEntry object) {
				return createListingEntryAdapter();
			}
			@Override
			public Adapter caseOccupationalProfile(OccupationalProfile object) {
				return createOccupationalProfileAdapter();
			}
			@Override
			public Adapter caseOccupationalTask(OccupationalTask object) {
				return createOccupationalTaskAdapter();
			}
			@Override
			public Adapter caseOccupationalResponsibility(OccupationalResponsibility object) {
				return createOccupationalResponsibilityAdapter();
			}
			@Override
			public Adapter caseOccupationalContext(OccupationalContext object) {
				return createOccupationalContextAdapter();
			}
			@Override
			public Adapter caseCurriculumComponent(CurriculumComponent object) {
				return createCurriculumComponentAdapter();
			}
			@Override
			public Adapter caseKnowledgeModule(KnowledgeModule object) {
				return createKnowledgeModuleAdapter();
			}
			@Override
			public Adapter caseKnowledgeTopic(KnowledgeTopic object) {
				return createKnowledgeTopicAdapter();
			}
			@Override
			public Adapter caseTopicElement(TopicElement object) {
				return createTopicElementAdapter();
			}
			@Override
			public Adapter casePracticalSkillsModule(PracticalSkillsModule object) {
				return createPracticalSkillsModuleAdapter();
			}
			@Override
			public Adapter casePracticalSkill(PracticalSkill object) {
				return createPracticalSkillAdapter();
			}
			@Override
			public Adapter caseWorkExperienceModule(WorkExperienceModule object) {
				return createWorkExperienceModuleAdapter();
			}
			@Override
			public Adapter caseWorkActivity(WorkActivity object) {
				return createWorkActivityAdapter();
			}
			@Override
			public Adapter caseUnit(Unit object) {
				return createUnitAdapter();
			}
			@Override
			public Adapter caseLearningOutcome(LearningOutcome object) {
				return createLearningOutcomeAdapter();
			}
			@Override
			public Adapter caseAssessmentCriterion(AssessmentCriterion object) {
				return createAssessmentCriterionAdapter();
			}
			@Override
			public Adapter caseUnitOfCompetency(UnitOfCompetency object) {
				return createUnitOfCompetencyAdapter();
			}
			@Override
			public Adapter casePerformanceRequirement(PerformanceRequirement object) {
				return createPerformanceRequirementAdapter();
			}
			@Override
			public Adapter caseRequirementItem(RequirementItem object) {
				return createRequirementItemAdapter();
			}
			@Override
			public Adapter caseGuidanceDocument(GuidanceDocument object) {
				return createGuidanceDocumentAdapter();
			}
			@Override
			public Adapter caseGuidanceSection(GuidanceSection object) {
				return createGuidanceSectionAdapter();
			}
			@Override
			public Adapter caseQualification(Qualification object) {
				return createQualificationAdapter();
			}
			@Override
			public Adapter casePartQualification(PartQualification object) {
				return createPartQualificationAdapter();
			}
			@Override
			public Adapter caseIdentifier(Identifier object) {
				return createIdentifierAdapter();
			}
			@Override
			public Adapter caseRulesOfCombination(RulesOfCombination object) {
				return createRulesOfCombinationAdapter();
			}
			@Override
			public Adapter caseComponentGroup(ComponentGroup object) {
				return createComponentGroupAdapter();
			}
			@Override
			public Adapter caseLevelCreditRule(LevelCreditRule object) {
				return createLevelCreditRuleAdapter();
			}
			@Override
			public Adapter caseBarredCombination(BarredCombination object) {
				return createBarredCombinationAdapter();
			}
			@Override
			public Adapter caseStandardsFramework(StandardsFramework object) {
				return createStandardsFrameworkAdapter();
			}
			@Override
			public Adapter caseStandardSection(StandardSection object) {
				return createStandardSectionAdapter();
			}
			@Override
			public Adapter caseStandard(Standard object) {
				return createStandardAdapter();
			}
			@Override
			public Adapter caseStandardElement(StandardElement object) {
				return createStandardElementAdapter();
			}
			@Override
			public Adapter casePerformanceCriterion(PerformanceCriterion object) {
				return createPerformanceCriterionAdapter();
			}
			@Override
			public Adapter caseKnowledgeItem(KnowledgeItem object) {
				return createKnowledgeItemAdapter();
			}
			@Override
			public Adapter caseMappingSet(MappingSet object) {
				return createMappingSetAdapter();
			}
			@Override
			public Adapter caseReviewable(Reviewable object) {
				return createReviewableAdapter();
			}
			@Override
			public Adapter caseReviewComment(ReviewComment object) {
				return createReviewCommentAdapter();
			}
			@Override
			public Adapter caseGapReview(GapReview object) {
				return createGapReviewAdapter();
			}
			@Override
			public Adapter caseMappingLink(MappingLink object) {
				return createMappingLinkAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.Property <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.Property
	 * @generated
	 */
	public Adapter createPropertyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.MappableItem <em>Mappable Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.MappableItem
	 * @generated
	 */
	public Adapter createMappableItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.Framework <em>Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.Framework
	 * @generated
	 */
	public Adapter createFrameworkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.Curriculum <em>Curriculum</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.Curriculum
	 * @generated
	 */
	public Adapter createCurriculumAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.DocumentListing <em>Document Listing</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.DocumentListing
	 * @generated
	 */
	public Adapter createDocumentListingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.ListingEntry <em>Listing Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.ListingEntry
	 * @generated
	 */
	public Adapter createListingEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.OccupationalProfile <em>Occupational Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.OccupationalProfile
	 * @generated
	 */
	public Adapter createOccupationalProfileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.OccupationalTask <em>Occupational Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.OccupationalTask
	 * @generated
	 */
	public Adapter createOccupationalTaskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.OccupationalResponsibility <em>Occupational Responsibility</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.OccupationalResponsibility
	 * @generated
	 */
	public Adapter createOccupationalResponsibilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.OccupationalContext <em>Occupational Context</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.OccupationalContext
	 * @generated
	 */
	public Adapter createOccupationalContextAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.CurriculumComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.CurriculumComponent
	 * @generated
	 */
	public Adapter createCurriculumComponentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.KnowledgeModule <em>Knowledge Module</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.KnowledgeModule
	 * @generated
	 */
	public Adapter createKnowledgeModuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.KnowledgeTopic <em>Knowledge Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.KnowledgeTopic
	 * @generated
	 */
	public Adapter createKnowledgeTopicAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.TopicElement <em>Topic Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.TopicElement
	 * @generated
	 */
	public Adapter createTopicElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.PracticalSkillsModule <em>Practical Skills Module</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.PracticalSkillsModule
	 * @generated
	 */
	public Adapter createPracticalSkillsModuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.PracticalSkill <em>Practical Skill</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.PracticalSkill
	 * @generated
	 */
	public Adapter createPracticalSkillAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.WorkExperienceModule <em>Work Experience Module</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.WorkExperienceModule
	 * @generated
	 */
	public Adapter createWorkExperienceModuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.WorkActivity <em>Work Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.WorkActivity
	 * @generated
	 */
	public Adapter createWorkActivityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.Unit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.Unit
	 * @generated
	 */
	public Adapter createUnitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.LearningOutcome <em>Learning Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.LearningOutcome
	 * @generated
	 */
	public Adapter createLearningOutcomeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.AssessmentCriterion <em>Assessment Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.AssessmentCriterion
	 * @generated
	 */
	public Adapter createAssessmentCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.UnitOfCompetency <em>Unit Of Competency</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.UnitOfCompetency
	 * @generated
	 */
	public Adapter createUnitOfCompetencyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.PerformanceRequirement <em>Performance Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.PerformanceRequirement
	 * @generated
	 */
	public Adapter createPerformanceRequirementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.RequirementItem <em>Requirement Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.RequirementItem
	 * @generated
	 */
	public Adapter createRequirementItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.GuidanceDocument <em>Guidance Document</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.GuidanceDocument
	 * @generated
	 */
	public Adapter createGuidanceDocumentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.GuidanceSection <em>Guidance Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.GuidanceSection
	 * @generated
	 */
	public Adapter createGuidanceSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.Qualification <em>Qualification</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.Qualification
	 * @generated
	 */
	public Adapter createQualificationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.PartQualification <em>Part Qualification</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.PartQualification
	 * @generated
	 */
	public Adapter createPartQualificationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.Identifier <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.Identifier
	 * @generated
	 */
	public Adapter createIdentifierAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.RulesOfCombination <em>Rules Of Combination</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.RulesOfCombination
	 * @generated
	 */
	public Adapter createRulesOfCombinationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.ComponentGroup <em>Component Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.ComponentGroup
	 * @generated
	 */
	public Adapter createComponentGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.LevelCreditRule <em>Level Credit Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.LevelCreditRule
	 * @generated
	 */
	public Adapter createLevelCreditRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.BarredCombination <em>Barred Combination</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.BarredCombination
	 * @generated
	 */
	public Adapter createBarredCombinationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.StandardsFramework <em>Standards Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.StandardsFramework
	 * @generated
	 */
	public Adapter createStandardsFrameworkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.StandardSection <em>Standard Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.StandardSection
	 * @generated
	 */
	public Adapter createStandardSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.Standard <em>Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.Standard
	 * @generated
	 */
	public Adapter createStandardAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.StandardElement <em>Standard Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.StandardElement
	 * @generated
	 */
	public Adapter createStandardElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.PerformanceCriterion <em>Performance Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.PerformanceCriterion
	 * @generated
	 */
	public Adapter createPerformanceCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.KnowledgeItem <em>Knowledge Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.KnowledgeItem
	 * @generated
	 */
	public Adapter createKnowledgeItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.MappingSet <em>Mapping Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.MappingSet
	 * @generated
	 */
	public Adapter createMappingSetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.Reviewable <em>Reviewable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.Reviewable
	 * @generated
	 */
	public Adapter createReviewableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.ReviewComment <em>Review Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.ReviewComment
	 * @generated
	 */
	public Adapter createReviewCommentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.GapReview <em>Gap Review</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.GapReview
	 * @generated
	 */
	public Adapter createGapReviewAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.curriculum.model.MappingLink <em>Mapping Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.curriculum.model.MappingLink
	 * @generated
	 */
	public Adapter createMappingLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //CurriculumAdapterFactory
