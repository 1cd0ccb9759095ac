/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import org.curriculum.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CurriculumFactoryImpl extends EFactoryImpl implements CurriculumFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CurriculumFactory init() {
		try {
			CurriculumFactory theCurriculumFactory = (CurriculumFactory)EPackage.Registry.INSTANCE.getEFactory(CurriculumPackage.eNS_URI);
			if (theCurriculumFactory != null) {
				return theCurriculumFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CurriculumFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CurriculumFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CurriculumPackage.PROPERTY: return createProperty();
			case CurriculumPackage.CURRICULUM: return createCurriculum();
			case CurriculumPackage.DOCUMENT_LISTING: return createDocumentListing();
			case CurriculumPackage.LISTING_ENTRY: return createListingEntry();
			case CurriculumPackage.OCCUPATIONAL_PROFILE: return createOccupationalProfile();
			case CurriculumPackage.OCCUPATIONAL_TASK: return createOccupationalTask();
			case CurriculumPackage.OCCUPATIONAL_RESPONSIBILITY: return createOccupationalResponsibility();
			case CurriculumPackage.OCCUPATIONAL_CONTEXT: return createOccupationalContext();
			case CurriculumPackage.KNOWLEDGE_MODULE: return createKnowledgeModule();
			case CurriculumPackage.KNOWLEDGE_TOPIC: return createKnowledgeTopic();
			case CurriculumPackage.TOPIC_ELEMENT: return createTopicElement();
			case CurriculumPackage.PRACTICAL_SKILLS_MODULE: return createPracticalSkillsModule();
			case CurriculumPackage.PRACTICAL_SKILL: return createPracticalSkill();
			case CurriculumPackage.WORK_EXPERIENCE_MODULE: return createWorkExperienceModule();
			case CurriculumPackage.WORK_ACTIVITY: return createWorkActivity();
			case CurriculumPackage.UNIT: return createUnit();
			case CurriculumPackage.LEARNING_OUTCOME: return createLearningOutcome();
			case CurriculumPackage.ASSESSMENT_CRITERION: return createAssessmentCriterion();
			case CurriculumPackage.UNIT_OF_COMPETENCY: return createUnitOfCompetency();
			case CurriculumPackage.PERFORMANCE_REQUIREMENT: return createPerformanceRequirement();
			case CurriculumPackage.REQUIREMENT_ITEM: return createRequirementItem();
			case CurriculumPackage.GUIDANCE_DOCUMENT: return createGuidanceDocument();
			case CurriculumPackage.GUIDANCE_SECTION: return createGuidanceSection();
			case CurriculumPackage.QUALIFICATION: return createQualification();
			case CurriculumPackage.PART_QUALIFICATION: return createPartQualification();
			case CurriculumPackage.IDENTIFIER: return createIdentifier();
			case CurriculumPackage.RULES_OF_COMBINATION: return createRulesOfCombination();
			case CurriculumPackage.COMPONENT_GROUP: return createComponentGroup();
			case CurriculumPackage.LEVEL_CREDIT_RULE: return createLevelCreditRule();
			case CurriculumPackage.BARRED_COMBINATION: return createBarredCombination();
			case CurriculumPackage.STANDARDS_FRAMEWORK: return createStandardsFramework();
			case CurriculumPackage.STANDARD_SECTION: return createStandardSection();
			case CurriculumPackage.STANDARD: return createStandard();
			case CurriculumPackage.STANDARD_ELEMENT: return createStandardElement();
			case CurriculumPackage.PERFORMANCE_CRITERION: return createPerformanceCriterion();
			case CurriculumPackage.KNOWLEDGE_ITEM: return createKnowledgeItem();
			case CurriculumPackage.MAPPING_SET: return createMappingSet();
			case CurriculumPackage.REVIEW_COMMENT: return createReviewComment();
			case CurriculumPackage.GAP_REVIEW: return createGapReview();
			case CurriculumPackage.MAPPING_LINK: return createMappingLink();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CurriculumPackage.PUBLICATION_STATUS:
				return createPublicationStatusFromString(eDataType, initialValue);
			case CurriculumPackage.COMPONENT_KIND:
				return createComponentKindFromString(eDataType, initialValue);
			case CurriculumPackage.WORK_ACTIVITY_MODE:
				return createWorkActivityModeFromString(eDataType, initialValue);
			case CurriculumPackage.GUIDANCE_KIND:
				return createGuidanceKindFromString(eDataType, initialValue);
			case CurriculumPackage.GUIDANCE_SECTION_KIND:
				return createGuidanceSectionKindFromString(eDataType, initialValue);
			case CurriculumPackage.REVIEW_STATE:
				return createReviewStateFromString(eDataType, initialValue);
			case CurriculumPackage.COVERAGE_LEVEL:
				return createCoverageLevelFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CurriculumPackage.PUBLICATION_STATUS:
				return convertPublicationStatusToString(eDataType, instanceValue);
			case CurriculumPackage.COMPONENT_KIND:
				return convertComponentKindToString(eDataType, instanceValue);
			case CurriculumPackage.WORK_ACTIVITY_MODE:
				return convertWorkActivityModeToString(eDataType, instanceValue);
			case CurriculumPackage.GUIDANCE_KIND:
				return convertGuidanceKindToString(eDataType, instanceValue);
			case CurriculumPackage.GUIDANCE_SECTION_KIND:
				return convertGuidanceSectionKindToString(eDataType, instanceValue);
			case CurriculumPackage.REVIEW_STATE:
				return convertReviewStateToString(eDataType, instanceValue);
			case CurriculumPackage.COVERAGE_LEVEL:
				return convertCoverageLevelToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Property createProperty() {
		PropertyImpl property = new PropertyImpl();
		return property;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Curriculum createCurriculum() {
		CurriculumImpl curriculum = new CurriculumImpl();
		return curriculum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentListing createDocumentListing() {
		DocumentListingImpl documentListing = new DocumentListingImpl();
		return documentListing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListingEntry createListingEntry() {
		ListingEntryImpl listingEntry = new ListingEntryImpl();
		return listingEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OccupationalProfile createOccupationalProfile() {
		OccupationalProfileImpl occupationalProfile = new OccupationalProfileImpl();
		return occupationalProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OccupationalTask createOccupationalTask() {
		OccupationalTaskImpl occupationalTask = new OccupationalTaskImpl();
		return occupationalTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OccupationalResponsibility createOccupationalResponsibility() {
		OccupationalResponsibilityImpl occupationalResponsibility = new OccupationalResponsibilityImpl();
		return occupationalResponsibility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OccupationalContext createOccupationalContext() {
		OccupationalContextImpl occupationalContext = new OccupationalContextImpl();
		return occupationalContext;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KnowledgeModule createKnowledgeModule() {
		KnowledgeModuleImpl knowledgeModule = new KnowledgeModuleImpl();
		return knowledgeModule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KnowledgeTopic createKnowledgeTopic() {
		KnowledgeTopicImpl knowledgeTopic = new KnowledgeTopicImpl();
		return knowledgeTopic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TopicElement createTopicElement() {
		TopicElementImpl topicElement = new TopicElementImpl();
		return topicElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PracticalSkillsModule createPracticalSkillsModule() {
		PracticalSkillsModuleImpl practicalSkillsModule = new PracticalSkillsModuleImpl();
		return practicalSkillsModule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PracticalSkill createPracticalSkill() {
		PracticalSkillImpl practicalSkill = new PracticalSkillImpl();
		return practicalSkill;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkExperienceModule createWorkExperienceModule() {
		WorkExperienceModuleImpl workExperienceModule = new WorkExperienceModuleImpl();
		return workExperienceModule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkActivity createWorkActivity() {
		WorkActivityImpl workActivity = new WorkActivityImpl();
		return workActivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unit createUnit() {
		UnitImpl unit = new UnitImpl();
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LearningOutcome createLearningOutcome() {
		LearningOutcomeImpl learningOutcome = new LearningOutcomeImpl();
		return learningOutcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentCriterion createAssessmentCriterion() {
		AssessmentCriterionImpl assessmentCriterion = new AssessmentCriterionImpl();
		return assessmentCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnitOfCompetency createUnitOfCompetency() {
		UnitOfCompetencyImpl unitOfCompetency = new UnitOfCompetencyImpl();
		return unitOfCompetency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PerformanceRequirement createPerformanceRequirement() {
		PerformanceRequirementImpl performanceRequirement = new PerformanceRequirementImpl();
		return performanceRequirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RequirementItem createRequirementItem() {
		RequirementItemImpl requirementItem = new RequirementItemImpl();
		return requirementItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GuidanceDocument createGuidanceDocument() {
		GuidanceDocumentImpl guidanceDocument = new GuidanceDocumentImpl();
		return guidanceDocument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GuidanceSection createGuidanceSection() {
		GuidanceSectionImpl guidanceSection = new GuidanceSectionImpl();
		return guidanceSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Qualification createQualification() {
		QualificationImpl qualification = new QualificationImpl();
		return qualification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartQualification createPartQualification() {
		PartQualificationImpl partQualification = new PartQualificationImpl();
		return partQualification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Identifier createIdentifier() {
		IdentifierImpl identifier = new IdentifierImpl();
		return identifier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RulesOfCombination createRulesOfCombination() {
		RulesOfCombinationImpl rulesOfCombination = new RulesOfCombinationImpl();
		return rulesOfCombination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentGroup createComponentGroup() {
		ComponentGroupImpl componentGroup = new ComponentGroupImpl();
		return componentGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LevelCreditRule createLevelCreditRule() {
		LevelCreditRuleImpl levelCreditRule = new LevelCreditRuleImpl();
		return levelCreditRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BarredCombination createBarredCombination() {
		BarredCombinationImpl barredCombination = new BarredCombinationImpl();
		return barredCombination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StandardsFramework createStandardsFramework() {
		StandardsFrameworkImpl standardsFramework = new StandardsFrameworkImpl();
		return standardsFramework;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StandardSection createStandardSection() {
		StandardSectionImpl standardSection = new StandardSectionImpl();
		return standardSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Standard createStandard() {
		StandardImpl standard = new StandardImpl();
		return standard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StandardElement createStandardElement() {
		StandardElementImpl standardElement = new StandardElementImpl();
		return standardElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PerformanceCriterion createPerformanceCriterion() {
		PerformanceCriterionImpl performanceCriterion = new PerformanceCriterionImpl();
		return performanceCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KnowledgeItem createKnowledgeItem() {
		KnowledgeItemImpl knowledgeItem = new KnowledgeItemImpl();
		return knowledgeItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MappingSet createMappingSet() {
		MappingSetImpl mappingSet = new MappingSetImpl();
		return mappingSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewComment createReviewComment() {
		ReviewCommentImpl reviewComment = new ReviewCommentImpl();
		return reviewComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GapReview createGapReview() {
		GapReviewImpl gapReview = new GapReviewImpl();
		return gapReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MappingLink createMappingLink() {
		MappingLinkImpl mappingLink = new MappingLinkImpl();
		return mappingLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PublicationStatus createPublicationStatusFromString(EDataType eDataType, String initialValue) {
		PublicationStatus result = PublicationStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPublicationStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComponentKind createComponentKindFromString(EDataType eDataType, String initialValue) {
		ComponentKind result = ComponentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComponentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkActivityMode createWorkActivityModeFromString(EDataType eDataType, String initialValue) {
		WorkActivityMode result = WorkActivityMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWorkActivityModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GuidanceKind createGuidanceKindFromString(EDataType eDataType, String initialValue) {
		GuidanceKind result = GuidanceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGuidanceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GuidanceSectionKind createGuidanceSectionKindFromString(EDataType eDataType, String initialValue) {
		GuidanceSectionKind result = GuidanceSectionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGuidanceSectionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReviewState createReviewStateFromString(EDataType eDataType, String initialValue) {
		ReviewState result = ReviewState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReviewStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CoverageLevel createCoverageLevelFromString(EDataType eDataType, String initialValue) {
		CoverageLevel result = CoverageLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCoverageLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CurriculumPackage getCurriculumPackage() {
		return (CurriculumPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CurriculumPackage getPackage() {
		return CurriculumPackage.eINSTANCE;
	}

} //CurriculumFactoryImpl
