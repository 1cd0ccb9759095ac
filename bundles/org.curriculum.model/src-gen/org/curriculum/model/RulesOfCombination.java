/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rules Of Combination</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Which components a learner must, may and may not combine to achieve the qualification.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.RulesOfCombination#getTotalCredits <em>Total Credits</em>}</li>
 *   <li>{@link org.curriculum.model.RulesOfCombination#isOnlyListedComponents <em>Only Listed Components</em>}</li>
 *   <li>{@link org.curriculum.model.RulesOfCombination#getNote <em>Note</em>}</li>
 *   <li>{@link org.curriculum.model.RulesOfCombination#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.curriculum.model.RulesOfCombination#getLevelMinimums <em>Level Minimums</em>}</li>
 *   <li>{@link org.curriculum.model.RulesOfCombination#getBarredCombinations <em>Barred Combinations</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getRulesOfCombination()
 * @model
 * @generated
 */
public interface RulesOfCombination extends EObject {
	/**
	 * Returns the value of the '<em><b>Total Credits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total Credits</em>' attribute.
	 * @see #setTotalCredits(Integer)
	 * @see org.curriculum.model.CurriculumPackage#getRulesOfCombination_TotalCredits()
	 * @model
	 * @generated
	 */
	Integer getTotalCredits();

	/**
	 * Sets the value of the '{@link org.curriculum.model.RulesOfCombination#getTotalCredits <em>Total Credits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Credits</em>' attribute.
	 * @see #getTotalCredits()
	 * @generated
	 */
	void setTotalCredits(Integer value);

	/**
	 * Returns the value of the '<em><b>Only Listed Components</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All credits must be achieved from the components listed in the groups.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Only Listed Components</em>' attribute.
	 * @see #setOnlyListedComponents(boolean)
	 * @see org.curriculum.model.CurriculumPackage#getRulesOfCombination_OnlyListedComponents()
	 * @model default="true"
	 * @generated
	 */
	boolean isOnlyListedComponents();

	/**
	 * Sets the value of the '{@link org.curriculum.model.RulesOfCombination#isOnlyListedComponents <em>Only Listed Components</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Only Listed Components</em>' attribute.
	 * @see #isOnlyListedComponents()
	 * @generated
	 */
	void setOnlyListedComponents(boolean value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.curriculum.model.CurriculumPackage#getRulesOfCombination_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.curriculum.model.RulesOfCombination#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.ComponentGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getRulesOfCombination_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<ComponentGroup> getGroups();

	/**
	 * Returns the value of the '<em><b>Level Minimums</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.LevelCreditRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level Minimums</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getRulesOfCombination_LevelMinimums()
	 * @model containment="true"
	 * @generated
	 */
	EList<LevelCreditRule> getLevelMinimums();

	/**
	 * Returns the value of the '<em><b>Barred Combinations</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.BarredCombination}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Barred Combinations</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getRulesOfCombination_BarredCombinations()
	 * @model containment="true"
	 * @generated
	 */
	EList<BarredCombination> getBarredCombinations();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The total credit, the minimum credit per level and each group's minimum can be reached from the credits of the listed components.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validateCreditsAchievable(DiagnosticChain diagnostics, Map<Object, Object> context);

} // RulesOfCombination
