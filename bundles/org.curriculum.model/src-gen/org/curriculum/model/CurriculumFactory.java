/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.curriculum.model.CurriculumPackage
 * @generated
 */
public interface CurriculumFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CurriculumFactory eINSTANCE = org.curriculum.model.impl.CurriculumFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Property</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Property</em>'.
	 * @generated
	 */
	Property createProperty();

	/**
	 * Returns a new object of class '<em>Curriculum</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Curriculum</em>'.
	 * @generated
	 */
	Curriculum createCurriculum();

	/**
	 * Returns a new object of class '<em>Document Listing</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Document Listing</em>'.
	 * @generated
	 */
	DocumentListing createDocumentListing();

	/**
	 * Returns a new object of class '<em>Listing Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Listing Entry</em>'.
	 * @generated
	 */
	ListingEntry createListingEntry();

	/**
	 * Returns a new object of class '<em>Occupational Profile</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Occupational Profile</em>'.
	 * @generated
	 */
	OccupationalProfile createOccupationalProfile();

	/**
	 * Returns a new object of class '<em>Occupational Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Occupational Task</em>'.
	 * @generated
	 */
	OccupationalTask createOccupationalTask();

	/**
	 * Returns a new object of class '<em>Occupational Responsibility</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Occupational Responsibility</em>'.
	 * @generated
	 */
	OccupationalResponsibility createOccupationalResponsibility();

	/**
	 * Returns a new object of class '<em>Occupational Context</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Occupational Context</em>'.
	 * @generated
	 */
	OccupationalContext createOccupationalContext();

	/**
	 * Returns a new object of class '<em>Knowledge Module</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Knowledge Module</em>'.
	 * @generated
	 */
	KnowledgeModule createKnowledgeModule();

	/**
	 * Returns a new object of class '<em>Knowledge Topic</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Knowledge Topic</em>'.
	 * @generated
	 */
	KnowledgeTopic createKnowledgeTopic();

	/**
	 * Returns a new object of class '<em>Topic Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Topic Element</em>'.
	 * @generated
	 */
	TopicElement createTopicElement();

	/**
	 * Returns a new object of class '<em>Practical Skills Module</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Practical Skills Module</em>'.
	 * @generated
	 */
	PracticalSkillsModule createPracticalSkillsModule();

	/**
	 * Returns a new object of class '<em>Practical Skill</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Practical Skill</em>'.
	 * @generated
	 */
	PracticalSkill createPracticalSkill();

	/**
	 * Returns a new object of class '<em>Work Experience Module</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Work Experience Module</em>'.
	 * @generated
	 */
	WorkExperienceModule createWorkExperienceModule();

	/**
	 * Returns a new object of class '<em>Work Activity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Work Activity</em>'.
	 * @generated
	 */
	WorkActivity createWorkActivity();

	/**
	 * Returns a new object of class '<em>Unit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Unit</em>'.
	 * @generated
	 */
	Unit createUnit();

	/**
	 * Returns a new object of class '<em>Learning Outcome</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Learning Outcome</em>'.
	 * @generated
	 */
	LearningOutcome createLearningOutcome();

	/**
	 * Returns a new object of class '<em>Assessment Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assessment Criterion</em>'.
	 * @generated
	 */
	AssessmentCriterion createAssessmentCriterion();

	/**
	 * Returns a new object of class '<em>Unit Of Competency</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Unit Of Competency</em>'.
	 * @generated
	 */
	UnitOfCompetency createUnitOfCompetency();

	/**
	 * Returns a new object of class '<em>Performance Requirement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Performance Requirement</em>'.
	 * @generated
	 */
	PerformanceRequirement createPerformanceRequirement();

	/**
	 * Returns a new object of class '<em>Requirement Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Requirement Item</em>'.
	 * @generated
	 */
	RequirementItem createRequirementItem();

	/**
	 * Returns a new object of class '<em>Guidance Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Guidance Document</em>'.
	 * @generated
	 */
	GuidanceDocument createGuidanceDocument();

	/**
	 * Returns a new object of class '<em>Guidance Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Guidance Section</em>'.
	 * @generated
	 */
	GuidanceSection createGuidanceSection();

	/**
	 * Returns a new object of class '<em>Qualification</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Qualification</em>'.
	 * @generated
	 */
	Qualification createQualification();

	/**
	 * Returns a new object of class '<em>Part Qualification</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Part Qualification</em>'.
	 * @generated
	 */
	PartQualification createPartQualification();

	/**
	 * Returns a new object of class '<em>Identifier</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Identifier</em>'.
	 * @generated
	 */
	Identifier createIdentifier();

	/**
	 * Returns a new object of class '<em>Rules Of Combination</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rules Of Combination</em>'.
	 * @generated
	 */
	RulesOfCombination createRulesOfCombination();

	/**
	 * Returns a new object of class '<em>Component Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Component Group</em>'.
	 * @generated
	 */
	ComponentGroup createComponentGroup();

	/**
	 * Returns a new object of class '<em>Level Credit Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Level Credit Rule</em>'.
	 * @generated
	 */
	LevelCreditRule createLevelCreditRule();

	/**
	 * Returns a new object of class '<em>Barred Combination</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Barred Combination</em>'.
	 * @generated
	 */
	BarredCombination createBarredCombination();

	/**
	 * Returns a new object of class '<em>Standards Framework</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Standards Framework</em>'.
	 * @generated
	 */
	StandardsFramework createStandardsFramework();

	/**
	 * Returns a new object of class '<em>Standard Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Standard Section</em>'.
	 * @generated
	 */
	StandardSection createStandardSection();

	/**
	 * Returns a new object of class '<em>Standard</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Standard</em>'.
	 * @generated
	 */
	Standard createStandard();

	/**
	 * Returns a new object of class '<em>Standard Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Standard Element</em>'.
	 * @generated
	 */
	StandardElement createStandardElement();

	/**
	 * Returns a new object of class '<em>Performance Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Performance Criterion</em>'.
	 * @generated
	 */
	PerformanceCriterion createPerformanceCriterion();

	/**
	 * Returns a new object of class '<em>Knowledge Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Knowledge Item</em>'.
	 * @generated
	 */
	KnowledgeItem createKnowledgeItem();

	/**
	 * Returns a new object of class '<em>Mapping Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mapping Set</em>'.
	 * @generated
	 */
	MappingSet createMappingSet();

	/**
	 * Returns a new object of class '<em>Review Comment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Review Comment</em>'.
	 * @generated
	 */
	ReviewComment createReviewComment();

	/**
	 * Returns a new object of class '<em>Gap Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gap Review</em>'.
	 * @generated
	 */
	GapReview createGapReview();

	/**
	 * Returns a new object of class '<em>Mapping Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mapping Link</em>'.
	 * @generated
	 */
	MappingLink createMappingLink();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CurriculumPackage getCurriculumPackage();

} //CurriculumFactory
