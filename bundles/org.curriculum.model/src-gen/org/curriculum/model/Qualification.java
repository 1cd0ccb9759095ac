/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Qualification</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.Qualification#getQualificationNumber <em>Qualification Number</em>}</li>
 *   <li>{@link org.curriculum.model.Qualification#getIdentifiers <em>Identifiers</em>}</li>
 *   <li>{@link org.curriculum.model.Qualification#getAwardingBody <em>Awarding Body</em>}</li>
 *   <li>{@link org.curriculum.model.Qualification#getLevel <em>Level</em>}</li>
 *   <li>{@link org.curriculum.model.Qualification#getTotalQualificationTime <em>Total Qualification Time</em>}</li>
 *   <li>{@link org.curriculum.model.Qualification#getCreditValue <em>Credit Value</em>}</li>
 *   <li>{@link org.curriculum.model.Qualification#getGuidedLearningHours <em>Guided Learning Hours</em>}</li>
 *   <li>{@link org.curriculum.model.Qualification#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getQualification()
 * @model
 * @generated
 */
public interface Qualification extends MappableItem {
	/**
	 * Returns the value of the '<em><b>Qualification Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The regulator's number, e.g. QN 600/1636/X.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Qualification Number</em>' attribute.
	 * @see #setQualificationNumber(String)
	 * @see org.curriculum.model.CurriculumPackage#getQualification_QualificationNumber()
	 * @model
	 * @generated
	 */
	String getQualificationNumber();

	/**
	 * Sets the value of the '{@link org.curriculum.model.Qualification#getQualificationNumber <em>Qualification Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qualification Number</em>' attribute.
	 * @see #getQualificationNumber()
	 * @generated
	 */
	void setQualificationNumber(String value);

	/**
	 * Returns the value of the '<em><b>Identifiers</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.Identifier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Identifiers</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getQualification_Identifiers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Identifier> getIdentifiers();

	/**
	 * Returns the value of the '<em><b>Awarding Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Awarding Body</em>' attribute.
	 * @see #setAwardingBody(String)
	 * @see org.curriculum.model.CurriculumPackage#getQualification_AwardingBody()
	 * @model
	 * @generated
	 */
	String getAwardingBody();

	/**
	 * Sets the value of the '{@link org.curriculum.model.Qualification#getAwardingBody <em>Awarding Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Awarding Body</em>' attribute.
	 * @see #getAwardingBody()
	 * @generated
	 */
	void setAwardingBody(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(Integer)
	 * @see org.curriculum.model.CurriculumPackage#getQualification_Level()
	 * @model
	 * @generated
	 */
	Integer getLevel();

	/**
	 * Sets the value of the '{@link org.curriculum.model.Qualification#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(Integer value);

	/**
	 * Returns the value of the '<em><b>Total Qualification Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total Qualification Time</em>' attribute.
	 * @see #setTotalQualificationTime(Integer)
	 * @see org.curriculum.model.CurriculumPackage#getQualification_TotalQualificationTime()
	 * @model
	 * @generated
	 */
	Integer getTotalQualificationTime();

	/**
	 * Sets the value of the '{@link org.curriculum.model.Qualification#getTotalQualificationTime <em>Total Qualification Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Qualification Time</em>' attribute.
	 * @see #getTotalQualificationTime()
	 * @generated
	 */
	void setTotalQualificationTime(Integer value);

	/**
	 * Returns the value of the '<em><b>Credit Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Credit Value</em>' attribute.
	 * @see #setCreditValue(Integer)
	 * @see org.curriculum.model.CurriculumPackage#getQualification_CreditValue()
	 * @model
	 * @generated
	 */
	Integer getCreditValue();

	/**
	 * Sets the value of the '{@link org.curriculum.model.Qualification#getCreditValue <em>Credit Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credit Value</em>' attribute.
	 * @see #getCreditValue()
	 * @generated
	 */
	void setCreditValue(Integer value);

	/**
	 * Returns the value of the '<em><b>Guided Learning Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guided Learning Hours</em>' attribute.
	 * @see #setGuidedLearningHours(Integer)
	 * @see org.curriculum.model.CurriculumPackage#getQualification_GuidedLearningHours()
	 * @model
	 * @generated
	 */
	Integer getGuidedLearningHours();

	/**
	 * Sets the value of the '{@link org.curriculum.model.Qualification#getGuidedLearningHours <em>Guided Learning Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guided Learning Hours</em>' attribute.
	 * @see #getGuidedLearningHours()
	 * @generated
	 */
	void setGuidedLearningHours(Integer value);

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference.
	 * @see #setRules(RulesOfCombination)
	 * @see org.curriculum.model.CurriculumPackage#getQualification_Rules()
	 * @model containment="true"
	 * @generated
	 */
	RulesOfCombination getRules();

	/**
	 * Sets the value of the '{@link org.curriculum.model.Qualification#getRules <em>Rules</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rules</em>' containment reference.
	 * @see #getRules()
	 * @generated
	 */
	void setRules(RulesOfCombination value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The credit value agrees with the total qualification time (1 credit = 10 hours) and with the rules of combination.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validateCreditValue(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Qualification
